// exceljs's prebuilt browser bundle has the same API as the package's main entry.
declare module 'exceljs/dist/exceljs.min.js' {
  import * as ExcelJS from 'exceljs';
  export = ExcelJS;
}
