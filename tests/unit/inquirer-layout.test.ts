import { describe, expect, it } from 'vitest';
import { layoutAnswer, layoutChoice, layoutQuestion, lineCount, pageSize } from '../../src/terminal/inquirer-layout.js';

const LINK = 'https://www.linkedin.com/help/linkedin/ask/TS-DPRO';

describe('what is handed to Inquirer never needs breaking', () => {
  it('a question is word-wrapped to the width less "? ", and says where its last line ends', () => {
    const layout = layoutQuestion('Where is your LinkedIn profile located, according to your profile?', 39);
    expect(layout.before).toEqual([]);
    expect(layout.message).toBe('Where is your LinkedIn profile\nlocated, according to your profile?');
    expect(layout.end).toBe('located, according to your profile?'.length);
    expect(layoutQuestion('Step 1 of 4', 39).end).toBe(2 + 'Step 1 of 4'.length);
  });

  it('a link wider than a line, and what comes before it, are written before the question, the link whole', () => {
    const layout = layoutQuestion(`Open the form on a computer:\n${LINK}\nThen come back.`, 39);
    expect(layout.before).toEqual(['Open the form on a computer:', LINK]);
    expect(layout.message).toBe('Then come back.');
    const alone = layoutQuestion(`Open the form:\n${LINK}`, 39);
    expect(alone.before).toEqual(['Open the form:', LINK]);
    expect(alone.message).toBe('');
    expect(alone.end).toBe(2);
    // Where the link fits, everything stays in the question.
    expect(layoutQuestion(`Open the form:\n${LINK}`, 99).before).toEqual([]);
  });

  it('an answer goes after the question where it fits, else under it, word-wrapped and indented', () => {
    expect(layoutAnswer('Yes', 30, 39)).toBe('Yes');
    expect(layoutAnswer('Dort weitermachen, wo ich aufgehört habe', 30, 39)).toBe('\n  Dort weitermachen, wo ich aufgehört\n  habe');
    // Typed on a line of its own (the question ends at column 1): no extra line.
    expect(layoutAnswer('maximiliane.mustermann@example.de and more words', 1, 39)).toBe('maximiliane.mustermann@example.de and\n  more words');
  });

  it('a choice wraps under itself, after the marks in front of it', () => {
    expect(layoutChoice('Show the link as a QR code for your phone', 2, 39)).toBe('Show the link as a QR code for your\n  phone');
    expect(layoutChoice('Show the link as a QR code for your phone', 3, 39)).toBe('Show the link as a QR code for your\n   phone');
  });

  it('every choice is shown when question, list and help fit the rows; otherwise as many as fit, at least five', () => {
    expect(pageSize(7, 5, 24)).toBe(7);
    expect(pageSize(30, 5, 24)).toBe(15);
    expect(pageSize(30, 20, 24)).toBe(5);
    expect(pageSize(3, 20, 24)).toBe(3);
    expect(pageSize(12, 3, undefined)).toBe(12);
  });
  it('at the edges: a line exactly as wide as the room stays in the question; an answer that just fits stays on its line', () => {
    // 24 columns less "? " leave 22: a link of 22 characters fits, one of 23 does not.
    expect(layoutQuestion('https://example.org/ab', 24).before).toEqual([]);
    expect(layoutQuestion('https://example.org/abc', 24).before).toEqual(['https://example.org/abc']);
    expect(layoutAnswer('abc', 30, 34)).toBe('abc');
    expect(layoutAnswer('abcd', 30, 34)).toBe('\n  abcd');
    // A question of one short line ends at column 2 or less: the answer's lines follow it directly.
    expect(layoutAnswer('one two three four five', 2, 12)).toBe('one two\n  three four\n  five');
  });

  it('counts the lines of a text', () => {
    expect(lineCount('one line')).toBe(1);
    expect(lineCount('two\nlines')).toBe(2);
  });
});
