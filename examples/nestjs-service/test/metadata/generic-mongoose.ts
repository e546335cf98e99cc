// The Mongoose schema class with the generic aliases: `@Prop()` throws CannotDetermineTypeError as
// the class is defined, which is the start-up crash the issue reports.
import type { Confidential, Restricted } from '@classified/core';
import { Prop, Schema } from '@nestjs/mongoose';

@Schema()
export class ProfileDocument {
  @Prop() email!: Restricted<string, 'pii'>;
  @Prop() phone?: Restricted<string, 'pii'>;
  @Prop() born!: Restricted<Date, 'pii'>;
  @Prop() score!: Confidential<number>;
  @Prop([String]) aliases!: Restricted<string, 'pii'>[];
}
