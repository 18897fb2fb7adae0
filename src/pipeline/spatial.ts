/**
 * Spatial summaries of one boundary layer for the index pipeline: rook adjacency with shared boundary lengths
 * (Morrill rook, Wong), queen adjacency (Morrill queen) and planar geometry (White's SP). Computed once per layer
 * and cached by the caller (worker or CLI).
 */
import type { Topology } from 'topojson-specification';
import { layerAdjacency } from '../geo/adjacency';
import { unitGeometry } from '../geo/measures';
import { unitCodes } from '../geo/topology';
import type { LayerSpatial } from './indices';

export function layerSpatial(topo: Topology): LayerSpatial {
  return {
    codes: unitCodes(topo),
    contiguity: 'rook',
    adjacency: layerAdjacency(topo, { contiguity: 'rook' }),
    queen: layerAdjacency(topo, { contiguity: 'queen' }),
    geometry: unitGeometry(topo),
  };
}
