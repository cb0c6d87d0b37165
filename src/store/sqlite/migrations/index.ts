import type { Migration } from '../migrate.js';
import { initial } from './001-initial.js';

/** Every schema version in order. Append new files; never edit one that has shipped. */
export const MIGRATIONS: readonly Migration[] = [initial];
