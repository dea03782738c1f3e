import { judge } from '../test/unit/vague/helpers';
const [name, value, level2] = process.argv.slice(2);
const j = judge({ name, level1: '产出指标', level2: level2 ?? '数量指标', annual: value });
console.log(j.verdict, j.reasons, j.why, j.suggestion, JSON.stringify(j.values[0]?.facts));
