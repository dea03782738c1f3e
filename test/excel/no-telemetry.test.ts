// No network and no telemetry from the test tooling: office-addin-mock depends on
// office-addin-usage-data (through office-addin-manifest). We checked the installed version (3.x):
// every reporting method is a no-op and usage data is always "off". This test pins that down, and
// fails if a future version starts opening connections while the adapter tests run.

import http from 'http';
import https from 'https';
import { ExcelHost } from '../../src/excel/host';
import { FakeWorkbook } from './fake-excel';

describe('telemetry', () => {
  test('office-addin-usage-data is inert and nothing opens a connection during adapter tests', async () => {
    const calls: string[] = [];
    const spies = [
      jest.spyOn(http, 'request').mockImplementation(() => {
        calls.push('http.request');
        throw new Error('network is not allowed in tests');
      }),
      jest.spyOn(https, 'request').mockImplementation(() => {
        calls.push('https.request');
        throw new Error('network is not allowed in tests');
      }),
    ];
    const realFetch = globalThis.fetch;
    globalThis.fetch = (async () => {
      calls.push('fetch');
      throw new Error('network is not allowed in tests');
    }) as typeof fetch;
    try {
      const { OfficeAddinUsageData, UsageDataLevel } = jest.requireActual('office-addin-usage-data');
      // Constructed the way office-addin-manifest does it, then asked to report.
      const usage = new OfficeAddinUsageData({ projectName: 'office-addin-manifest', connectionString: 'InstrumentationKey=test', raisePrompt: false });
      await usage.reportEvent('test', { a: 1 });
      await usage.reportException('test', new Error('x'));
      usage.reportSuccess('test');
      expect(usage.isUsageDataOn()).toBe(false);
      expect(usage.getUsageDataLevel()).toBe(UsageDataLevel.off);

      const wb = new FakeWorkbook();
      wb.addSheet({ name: 'S', rows: [['项目名称', '总计']] });
      await new ExcelHost({ runtime: wb.runtime() }).readSheet();
      expect(calls).toEqual([]);
    } finally {
      spies.forEach((s) => s.mockRestore());
      globalThis.fetch = realFetch;
    }
  });
});
