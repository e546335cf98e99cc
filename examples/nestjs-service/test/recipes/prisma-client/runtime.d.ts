// The two helpers of @prisma/client/runtime/library that the model types use, as Prisma declares them.
export type GetPayloadResult<Base extends Record<any, any>, R extends Record<any, any>> = Omit<Base, keyof R> & {
  [K in keyof R]: R[K];
};
export type DefaultSelection<P extends { scalars: object; composites: object }> = P['scalars'] & P['composites'];
