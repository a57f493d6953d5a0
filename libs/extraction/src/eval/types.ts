import type { DevelopmentType, Finding } from '@storyline/domain';

export interface GoldEvent { type: DevelopmentType; key: string; evidence: string; slots?: Record<string, string> }
export interface GoldLabel { story: string | null; events: GoldEvent[] }
export interface EvalArticle { id: string; story: string | null; split: 'tune' | 'test'; gold: GoldEvent[]; predicted: Finding[]; article: { body: string; publishedAt: string | null; source: string | null; title?: string } }
export interface Counts { tp: number; fp: number; fn: number }
export interface Scores extends Counts { precision: number; recall: number; f1: number }
export interface SplitReport { overall: Scores; perType: Record<string, Scores>; articles: number }
export interface ClusterReport { pairPrecision: number; pairRecall: number; pairF1: number; unrelatedKeptApart: number }
/** Story clustering under test: one story key per article (null: joins no story). */
export type ClusterFn = (articles: EvalArticle['article'][]) => Array<string | null> | Promise<Array<string | null>>;
export interface EvalReport { splits: Record<'tune' | 'test' | 'all', SplitReport>; clustering: ClusterReport | null; note: string[]; final: 'test' | 'all' }
