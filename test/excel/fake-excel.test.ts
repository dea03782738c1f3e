// The test double itself: office-addin-mock's load/sync discipline must hold, or the adapter tests
// would pass code that real Excel rejects.

import { FakeWorkbook, OfficeApiError } from './fake-excel';

function book(): FakeWorkbook {
  const wb = new FakeWorkbook();
  wb.addSheet({ name: 'S', rows: [['a', 1]] });
  return wb;
}

describe('fake Excel (office-addin-mock underneath)', () => {
  test('reading a property that was never loaded throws', async () => {
    const wb = book();
    await expect(
      wb.run(async (ctx) => {
        const r = ctx.workbook.worksheets.getItem('S').getRange('A1:B1');
        await ctx.sync();
        return r.values;
      }),
    ).rejects.toThrow(/not loaded/);
  });

  test('reading a loaded property before context.sync() throws', async () => {
    const wb = book();
    await expect(
      wb.run(async (ctx) => {
        const r = ctx.workbook.worksheets.getItem('S').getRange('A1:B1');
        r.load('values');
        return r.values;
      }),
    ).rejects.toThrow(/before context.sync/);
  });

  test('loading an unknown property fails like office-addin-mock does', async () => {
    const wb = book();
    await expect(
      wb.run(async (ctx) => {
        ctx.workbook.worksheets.getItem('S').getRange('A1').load('notAProperty');
        await ctx.sync();
      }),
    ).rejects.toThrow(/needs to be present/);
  });

  test('loads see the writes queued before them in the same batch, and each sync is counted', async () => {
    const wb = book();
    const v = await wb.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('S');
      ws.getRange('A1').values = [['b']];
      const r = ws.getRange('A1:B1');
      r.load('values');
      await ctx.sync();
      return r.values;
    });
    expect(v).toEqual([['b', 1]]);
    expect(wb.syncCount).toBe(1);
  });

  test('a missing worksheet fails the sync with ItemNotFound; OrNullObject reports isNullObject', async () => {
    const wb = book();
    await expect(
      wb.run(async (ctx) => {
        ctx.workbook.worksheets.getItem('nope').load('name');
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: 'ItemNotFound' });
    const isNull = await wb.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItemOrNullObject('nope');
      ws.load('name');
      await ctx.sync();
      return ws.isNullObject;
    });
    expect(isNull).toBe(true);
  });

  test('writes to a protected sheet are rejected', async () => {
    const wb = new FakeWorkbook();
    wb.addSheet({ name: 'P', rows: [['x']], protected: true });
    await expect(
      wb.run(async (ctx) => {
        ctx.workbook.worksheets.getItem('P').getRange('A1').values = [['y']];
        await ctx.sync();
      }),
    ).rejects.toBeInstanceOf(OfficeApiError);
    expect(wb.valueAt('P', 'A1')).toBe('x');
  });
});
