/** Layout constants of the scatter plot, shared by its component, canvas, axes and brush pieces. */
export const MARGIN = { top: 10, right: 12, bottom: 34, left: 48 };
export const RADIUS = 2.5;
/** Hover / click hit radius in px. */
export const HIT = 8;
export const POINT = '#2c7fb8';
/** Steps of the keyboard range inputs over each axis. */
export const STEPS = 50;

export type Pair = [number, number];
