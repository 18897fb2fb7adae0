/** Names of the segregation indices in Dutch and English, for tables, charts and pickers. */
export const INDEX_LABELS: Record<string, { nl: string; en: string }> = {
  D: { nl: 'Dissimilariteitsindex D', en: 'Dissimilarity D' },
  xPx: { nl: 'Isolatie xPx', en: 'Isolation xPx' },
  xPy: { nl: 'Blootstelling xPy', en: 'Exposure xPy' },
  H: { nl: 'Entropie-index H (Theil)', en: 'Entropy index H (Theil)' },
  Gini: { nl: 'Gini', en: 'Gini' },
  V: { nl: 'Correlatieratio V', en: 'Correlation ratio V' },
  A: { nl: 'Atkinson (b = 0,5)', en: 'Atkinson (b = 0.5)' },
  M: { nl: 'Wederzijdse informatie M', en: 'Mutual information M' },
  Dadj: { nl: 'Morrill D(adj), rook', en: 'Morrill D(adj), rook' },
  DadjQueen: { nl: 'Morrill D(adj), queen', en: 'Morrill D(adj), queen' },
  Dw: { nl: 'Wong D(w)', en: 'Wong D(w)' },
  SP: { nl: 'Ruimtelijke nabijheid SP (White)', en: 'Spatial proximity SP (White)' },
  expectedD: { nl: 'Verwachte D bij toeval', en: 'Expected D under random allocation' },
  dExcess: { nl: 'D min verwachte D', en: 'D minus expected D' },
};
