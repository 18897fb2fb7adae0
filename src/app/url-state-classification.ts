/**
 * The classification in the URL: method (indeling), number of classes (klassen), user-defined breaks (grenzen,
 * comma-separated), palette (palet), scope (bereik) and colour centre (midden). Only values that differ from the
 * defaults are written; a value that cannot be used is ignored with a notice and the default kept. Pure.
 */
import { CLASS_METHODS, MAX_CLASSES, MIN_CLASSES, validateBreaks, type ClassMethod } from '../engine/classify';
import { DEFAULT_SETTINGS, type ClassificationSettings, type ClassScope, type ColourCentre } from '../views/explore/classification-model';
import { isPaletteId } from '../views/explore/palettes';
import type { ParamReader } from './url-state-reader';

/** Room for eight breaks written with full double precision. */
const MAX_BREAKS_PARAM = 200;
const SCOPES: readonly ClassScope[] = ['country', 'view'];
const CENTRES: readonly ColourCentre[] = ['national', 'zero'];

export function parseClassification(r: ParamReader): ClassificationSettings {
  const cls: ClassificationSettings = { ...DEFAULT_SETTINGS, manualBreaks: [] };
  const method = r.get('indeling');
  if (method !== null) {
    if ((CLASS_METHODS as readonly string[]).includes(method)) cls.method = method as ClassMethod;
    else r.invalid('indeling', method);
  }
  const k = r.get('klassen');
  if (k !== null) {
    const n = /^\d{1,2}$/.test(k) ? Number(k) : Number.NaN;
    if (n >= MIN_CLASSES && n <= MAX_CLASSES) cls.k = n;
    else r.invalid('klassen', k);
  }
  const breaks = r.get('grenzen', MAX_BREAKS_PARAM);
  if (breaks !== null) {
    const parts = breaks.split(',');
    const nums = parts.map((p) => (/^-?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(p) ? Number(p) : Number.NaN));
    const v = nums.every(Number.isFinite) ? validateBreaks(nums) : null;
    if (v?.ok && v.duplicatesRemoved === 0) cls.manualBreaks = v.breaks;
    else r.invalid('grenzen', breaks);
  }
  const palette = r.get('palet');
  if (palette !== null) {
    if (isPaletteId(palette)) cls.palette = palette;
    else r.invalid('palet', palette);
  }
  const scope = r.get('bereik');
  if (scope !== null) {
    if ((SCOPES as readonly string[]).includes(scope)) cls.scope = scope as ClassScope;
    else r.invalid('bereik', scope);
  }
  const centre = r.get('midden');
  if (centre !== null) {
    if ((CENTRES as readonly string[]).includes(centre)) cls.centre = centre as ColourCentre;
    else r.invalid('midden', centre);
  }
  return cls;
}

export function serializeClassification(p: URLSearchParams, cls: ClassificationSettings): void {
  const d = DEFAULT_SETTINGS;
  if (cls.method !== d.method) p.set('indeling', cls.method);
  if (cls.k !== d.k) p.set('klassen', String(cls.k));
  if (cls.manualBreaks.length) p.set('grenzen', cls.manualBreaks.map(String).join(','));
  if (cls.palette !== d.palette) p.set('palet', cls.palette);
  if (cls.scope !== d.scope) p.set('bereik', cls.scope);
  if (cls.centre !== d.centre) p.set('midden', cls.centre);
}
