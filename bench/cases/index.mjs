// The benchmark cases of the later areas, one file each (same shape as the cases in ../cases.mjs:
// id, fn, about, sizes, make, args, floor, compare, and optionally hf). ../cases.mjs appends them.
export const AREA_CASES = [];
