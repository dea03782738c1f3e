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

describe('fake Excel is as strict as real Excel where issue 14 hid', () => {
  test('getMergedAreasOrNullObject: only areas anchored in the range, and failing above 512 areas', async () => {
    const wb = new FakeWorkbook();
    wb.addSheet({ name: 'S', rows: [['a']], merges: ['A1:A3', ...Array.from({ length: 513 }, (_, i) => `C${i + 1}:D${i + 1}`)] });
    const anchored = await wb.run(async (ctx) => {
      const m = ctx.workbook.worksheets.getItem('S').getRange('A2:B5').getMergedAreasOrNullObject();
      m.load('address');
      await ctx.sync();
      return m.isNullObject;
    });
    expect(anchored).toBe(true); // A1:A3 overlaps A2:B5 but starts above it
    await expect(
      wb.run(async (ctx) => {
        ctx.workbook.worksheets.getItem('S').getRange('A1:D600').getMergedAreasOrNullObject().load('address');
        await ctx.sync();
      }),
    ).rejects.toThrow(/512/);
  });

  test('cell-edit mode: a batch fails without delayForCellEdit and waits with it', async () => {
    const wb = book();
    wb.startCellEdit();
    const read = (options: Record<string, unknown>) =>
      wb.run(async (ctx) => {
        const r = ctx.workbook.worksheets.getItem('S').getRange('A1');
        r.load('values');
        await ctx.sync();
        return r.values[0][0];
      }, options);
    await expect(read({})).rejects.toMatchObject({ code: 'InvalidOperationInCellEditMode' });
    const waiting = read({ delayForCellEdit: true });
    setTimeout(() => wb.endCellEdit(), 10);
    await expect(waiting).resolves.toBe('a');
  });

  test('typed text is parsed unless the cell has text format; an injected failure keeps earlier operations', async () => {
    const wb = book();
    await wb.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('S');
      ws.getRange('A2:D2').values = [['-减少', '+5', '100%', '=x']];
      ws.getRange('A3').numberFormat = [['@']];
      ws.getRange('A3').values = [['-减少']];
      await ctx.sync();
    });
    expect(['A2', 'B2', 'C2', 'D2', 'A3'].map((a) => wb.valueAt('S', a))).toEqual(['#NAME?', 5, 1, '#NAME?', '-减少']);
    wb.failNextWrite('merge');
    await expect(
      wb.run(async (ctx) => {
        const ws = ctx.workbook.worksheets.getItem('S');
        ws.getRange('E1').values = [['先写入']];
        ws.getRange('E1:F1').merge(false);
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: 'GeneralException' });
    expect(wb.valueAt('S', 'E1')).toBe('先写入');
  });

  test('document settings are a copy per instance: the later save overwrites the earlier one', async () => {
    const { fakeSettings } = await import('./fake-excel');
    const document = new Map<string, unknown>();
    const a = fakeSettings(document);
    const b = fakeSettings(document);
    a.set('k', 'A');
    a.saveAsync();
    b.set('j', 'B');
    b.saveAsync();
    expect([...document.entries()]).toEqual([['j', 'B']]);
  });
});
