/** The labelled corpus the detector is measured on (detect.test.ts). */
import { GB_CORPUS } from './gb';
import { HELD_OUT_CORPUS } from './held-out';
import { JP_CORPUS } from './jp';
import { US_CORPUS } from './us';

export type { CorpusEntry } from './types';
export const CORPUS = [...JP_CORPUS, ...US_CORPUS, ...GB_CORPUS, ...HELD_OUT_CORPUS];
