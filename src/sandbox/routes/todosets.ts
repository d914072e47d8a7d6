import { get } from '../router.ts';
import type { Section } from '../section.ts';
import { showRecording } from './show.ts';
import { renderTodoset } from '../shapes/todoset.ts';

/** To-do sets (docs: todosets.md): one per project, found through the dock. */
export const todosets: Section = {
  docs: 'todosets',
  routes: [get('/todosets/:todosetId.json', showRecording('todosetId', ['Todoset'], renderTodoset))],
};

