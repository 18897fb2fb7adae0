/** Public API of the geo layer: TopoJSON helpers, contiguity, geometry measures and neighbourhood rings. */
export * from './topology';
export * from './adjacency';
export * from './graph';
export * from './measures';
export * from './rings';
export { haversineKm, rdKm, equirectangularKm, EARTH_RADIUS_KM } from './projection';
export { prepareLayer, type PreparedLayer } from './arcs';
