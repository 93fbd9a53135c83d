import { contractVersion } from '../../../src/scanners/evidence/contracts.js';

describe('contract versions', () => {
  it.each([
    ['contracts/orders.v2.json', 'v2'],
    ['contracts/orders-v1.2.avsc', 'v1.2'],
    ['orders_V3.proto', 'V3'],
    ['schemas/orders-1.4.0.json', '1.4.0'],
  ])('%s carries %s in its name', (path, value) => {
    expect(contractVersion(path, '{}')).toEqual({ value, from: 'name', line: 1 });
  });

  it('a letter run such as "nav2" or "dev3" is not a version in the name', () => {
    expect(contractVersion('contracts/nav2.json', '{}')).toBeUndefined();
  });

  it('reads a version field, with its line', () => {
    expect(contractVersion('orders.json', '{\n  "type": "object",\n  "version": "2.1"\n}\n')).toEqual({ value: '2.1', from: 'field', line: 3 });
    expect(contractVersion('orders.yaml', '\n\nschemaVersion: 3\n')).toEqual({ value: '3', from: 'field', line: 3 });
    expect(contractVersion('orders.json', '{ "$id": "https://example.com/orders/2.0.0" }')).toEqual({ value: 'https://example.com/orders/2.0.0', from: 'field', line: 1 });
  });

  it('no version anywhere, or a version field without a number, is no version', () => {
    expect(contractVersion('orders.json', '{ "type": "object" }')).toBeUndefined();
    expect(contractVersion('orders.json', 'version: latest\n')).toBeUndefined();
    expect(contractVersion('orders.json', undefined)).toBeUndefined();
  });
});
