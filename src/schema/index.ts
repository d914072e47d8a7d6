import { builder } from './builder.ts';
import './connection.ts';
import './recording.ts';
import './people.ts';
import './projects.ts';
import './todos.ts';
import './todos.mutations.ts';

export const schema = builder.toSchema();
