import { describe, expect, it } from 'vitest';
import { applyWrites, ctxOf, demoRecords, settingsRows, testWorkbook } from './fixtures';
import { runCommand } from './index';
import { accepted, auditOf, last, rejected } from './test-helpers';

const wb = () => testWorkbook(demoRecords());
const answers = (yes: number) => Array.from({ length: 20 }, (_, i) => i < yes);

describe('assessOpportunity', () => {
  it('saves the answers, score and verdict with date and current stage', () => {
    const r = runCommand('assessOpportunity', wb(), { opportunity: 'O00001', answers: answers(11) }, ctxOf('Chen'));
    const { writes, message } = accepted(r);
    const a = last(applyWrites(wb(), writes), 'assessments');
    expect(a).toMatchObject({ opportunity: 'O00001', date: '2026-05-17', stage: '05 Shortlisted or bidding', competitor: '', q1: 'Yes', q11: 'Yes', q12: 'No', q20: 'No', score: 11, verdict: 'High value', assessor: 'Chen' });
    expect(message.en).toMatch(/11 of 20/);
    expect(auditOf(r, wb())).toMatchObject({ command: 'Assess opportunity', table: 'Assessments', rowId: 'O00001' });
    expect(auditOf(r, wb()).change).toMatch(/^New record — Opportunity ID: O00001; .*Q1 [^:]+: Yes; /);
  });

  it('10 yes is low value (a total above 10 is high); the threshold comes from Settings', () => {
    let a = last(applyWrites(wb(), accepted(runCommand('assessOpportunity', wb(), { opportunity: 'O00001', answers: answers(10) }, ctxOf('Chen', 'zh'))).writes), 'assessments');
    expect(a).toMatchObject({ score: 10, verdict: '低价值', q1: '是', q20: '否' });
    const recs = demoRecords();
    recs.settings = settingsRows({ assessment_threshold: 5 });
    const w = testWorkbook(recs);
    a = last(applyWrites(w, accepted(runCommand('assessOpportunity', w, { opportunity: 'O00001', answers: answers(6) }, ctxOf('Chen'))).writes), 'assessments');
    expect(a.verdict).toBe('High value');
  });

  it('repeats at another stage and for a named competitor; blank answers stay blank', () => {
    const ans: (boolean | null)[] = answers(3);
    ans[19] = null;
    const r = accepted(runCommand('assessOpportunity', wb(), { opportunity: 'O00001', date: '2026-04-02', stage: '3', competitor: 'Huawei', answers: ans }, ctxOf('Chen')));
    const a = last(applyWrites(wb(), r.writes), 'assessments');
    expect(a).toMatchObject({ date: '2026-04-02', stage: '03 Map the customer organisation', competitor: 'Huawei', score: 3, q20: '' });
  });

  it('rejects per field', () => {
    const e = rejected(runCommand('assessOpportunity', wb(), { opportunity: 'O404', date: 'yesterday', stage: 'next', answers: [true, false] }, ctxOf('Chen')));
    expect(Object.keys(e).sort()).toEqual(['answers', 'date', 'opportunity', 'stage']);
    expect(rejected(runCommand('assessOpportunity', wb(), { opportunity: 'O00001', answers: [...answers(19).slice(0, 19), 'maybe'] }, ctxOf('Chen'))).answers.en).toMatch(/"maybe"/);
  });

  it('stores a formula-looking competitor as text', () => {
    const r = accepted(runCommand('assessOpportunity', wb(), { opportunity: 'O00001', competitor: '+Rival', answers: answers(0) }, ctxOf('Chen')));
    const w = r.writes[0];
    if (w.kind !== 'append') throw new Error();
    expect(w.rows[0][wb().assessments!.col.competitor]).toBe("'+Rival");
  });
});
