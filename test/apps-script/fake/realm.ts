/**
 * The script's own JavaScript realm. Apps Script hands scripts `Date`s, arrays and errors of the
 * script's realm, so `v instanceof Date` in the bundle is true for a date cell; the fake builds its
 * results with the vm context's constructors for the same reason.
 */
import vm from 'node:vm';

export interface Realm {
  context: vm.Context;
  Date: DateConstructor;
  Array: ArrayConstructor;
  Error: ErrorConstructor;
  /** A value copied into the realm (arrays and plain objects deep, dates as dates). */
  adopt<T>(v: T): T;
  /** A fresh error of the realm, as `Exception: …` errors of Apps Script services. */
  error(message: string): Error;
}

export function isDate(v: unknown): v is Date {
  return Object.prototype.toString.call(v) === '[object Date]';
}

export function createRealm(): Realm {
  const context = vm.createContext({});
  const RDate = vm.runInContext('Date', context) as DateConstructor;
  const RArray = vm.runInContext('Array', context) as ArrayConstructor;
  const RError = vm.runInContext('Error', context) as ErrorConstructor;
  const RObject = vm.runInContext('Object', context) as ObjectConstructor;
  const adopt = (v: any): any => {
    if (isDate(v)) return new RDate(v.getTime());
    if (Array.isArray(v)) return RArray.from(v, adopt);
    if (v && typeof v === 'object' && Object.getPrototypeOf(v) === Object.prototype) {
      const o = new RObject();
      for (const k of Object.keys(v)) (o as any)[k] = adopt(v[k]);
      return o;
    }
    return v;
  };
  return {
    context,
    Date: RDate,
    Array: RArray,
    Error: RError,
    adopt,
    error: (message) => new RError(message),
  };
}
