/** The shape of a strings object with every leaf a string: what a translation of it must match key for key. */
export type Strings<T> = { [K in keyof T]: T[K] extends string ? string : Strings<T[K]> };
