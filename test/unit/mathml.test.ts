// Formulas are published as MathML alone (src/math/mathmlOutput.ts): styled letters as Unicode
// characters (mathAlphanumerics.ts), TeX's spacing where the browser's operator dictionary differs
// (texSpacing.ts), and no KaTeX wrappers.
import remarkMath from "remark-math";
import remarkParse from "remark-parse";
import remarkRehype from "remark-rehype";
import rehypeStringify from "rehype-stringify";
import { unified } from "unified";
import { VFile } from "vfile";
import { describe, expect, it } from "vitest";
import { mathVariants, styledCharacter } from "../../src/math/mathAlphanumerics";
import rehypeKatexStrict from "../../src/math/rehypeKatexStrict";

const pipeline = unified().use(remarkParse).use(remarkMath).use(remarkRehype).use(rehypeKatexStrict).use(rehypeStringify);
const render = (markdown: string, path = "page.mdx") => String(pipeline.processSync(new VFile({ path, value: markdown })));
/** The inside of the one inline formula `tex`. */
const inline = (tex: string) => render(`$${tex}$`).replace(/^<p><math[^>]*>|<\/math><\/p>$/g, "");
/** The `<mo>` elements of `tex`, attributes and all. */
const operators = (tex: string) => inline(tex).match(/<mo[^>]*>[^<]*<\/mo>/g) ?? [];

describe("formulas as MathML alone", () => {
  it("is a bare <math> inline, and a scrolling box around <math display=block> on its own line, with the TeX in data-tex", () => {
    expect(render("Text $x^2$ text.")).toBe('<p>Text <math data-tex="x^2" data-pagefind-index-attrs="data-tex"><msup><mi>x</mi><mn>2</mn></msup></math> text.</p>');
    expect(render("$$\nx\n$$")).toBe('<span class="math-display"><math display="block" data-tex="x" data-pagefind-index-attrs="data-tex"><mi>x</mi></math></span>');
  });

  it("keeps none of KaTeX's HTML, semantics or annotation", () => {
    const html = render(String.raw`$\OE_U(U^*) = \frac{\nabla\U \cdot \nabla\U^*}{\norm{\nabla\U}\,\norm{\nabla\U^*}}$`);
    expect(html).not.toMatch(/katex|<semantics|<annotation|xmlns/);
  });

  it("writes styled letters as the Unicode characters, since browsers draw other mathvariants plain", () => {
    expect(inline(String.raw`\R \E \P \indicator \EE \XX \mathbf{x} \mathrm{d}`)).toBe("<mi>ℝ</mi><mi>𝔼</mi><mi>ℙ</mi><mn>𝟏</mn><mi>ℰ</mi><mi>𝒳</mi><mi>𝐱</mi><mi mathvariant=\"normal\">d</mi>");
    expect(inline(String.raw`\boldsymbol{\theta}`)).toBe("<mi>𝜽</mi>");
  });

  it("draws \\hat and \\tilde with the accent characters, which sit on the letter, not the ASCII ^ and ~", () => {
    expect(inline(String.raw`\hat\theta \tilde x \widehat{ab} \dot y`)).toBe(
      '<mover accent="true"><mi>θ</mi><mo lspace="0em" rspace="0em">ˆ</mo></mover><mover accent="true"><mi>x</mi><mo lspace="0em" rspace="0em">˜</mo></mover><mover accent="true"><mrow><mi>a</mi><mi>b</mi></mrow><mo stretchy="true" lspace="0em" rspace="0em">\u0302</mo></mover><mover accent="true"><mi>y</mi><mo lspace="0em" rspace="0em">˙</mo></mover>',
    );
  });

  it("keeps punctuation and operators plain in a styled group, and styles text in a formula as text", () => {
    expect(inline(String.raw`\mathbf{1.5}`)).toBe("<mn>𝟏.𝟓</mn>");
    expect(inline(String.raw`\textbf{Note:}`)).toBe('<mtext style="font-weight:bold">Note:</mtext>');
  });

  it("fails, naming the file and the formula, where Unicode has no styled character", () => {
    expect(() => render(String.raw`Text $\mathbb{\Gamma}$.`, "content/model/page.mdx")).toThrow(
      "content/model/page.mdx: a formula uses a style that Unicode has no character for; write it another way:\n\\mathbb{\\Gamma}: no Unicode character for Γ (double-struck)",
    );
  });
});

describe("long inline formulas", () => {
  it("are split after their top-level relations and binary operators, where a line may break, under one span with the TeX", () => {
    const html = render(String.raw`Text $\E[X \mid A] - \E[X] = \frac{\Cov(X, \mathbf 1_A)}{p} \le \sigma$ text.`);
    expect(html).toMatch(/^<p>Text <span class="math-inline" data-tex="[^"]+" data-pagefind-index-attrs="data-tex"><math>/);
    const pieces = html.match(/<math>.*?<\/math>/g)!;
    expect(pieces).toHaveLength(4);
    expect(pieces.slice(0, -1).map((piece) => piece.match(/<mo[^>]*>([^<]*)<\/mo><\/math>$/)?.[1])).toEqual(["−", "=", "≤"]);
    expect(pieces.slice(0, -1).every((piece) => /<mo form="infix">[^<]*<\/mo><\/math>$/.test(piece))).toBe(true);
  });

  it("stay whole when short, or when they have no place to break", () => {
    expect(render("$x = 1$")).not.toContain("math-inline");
    expect(render(String.raw`$\OE_U(U^*)(\theta_0)(\theta_1)(\theta_2)(\theta_3)(\theta_4)$`)).not.toContain("math-inline");
    // a minus made unary is no place to break
    expect(render(String.raw`$\alpha\beta\gamma\delta\epsilon\zeta\eta\theta\iota\kappa\lambda\mu\alpha\beta\gamma\delta\epsilon\zeta\eta\theta\iota\kappa\lambda\mu \ge -\nu$`).match(/<math/g)).toHaveLength(2);
  });
});

describe("TeX's spacing", () => {
  it("gives bars used as delimiters no space, and keeps a relation's", () => {
    expect(operators(String.raw`\lvert x \rvert`)).toEqual(['<mo stretchy="false" lspace="0em" rspace="0em">∣</mo>', '<mo stretchy="false" lspace="0em" rspace="0em">∣</mo>']);
    expect(operators(String.raw`\norm{x}`)).toEqual(['<mo fence="true" lspace="0em" rspace="0em">∥</mo>', '<mo fence="true" lspace="0em" rspace="0em">∥</mo>']);
    expect(operators(String.raw`a \mid b \parallel c`)).toEqual(["<mo>∣</mo>", "<mo>∥</mo>"]);
  });

  it("makes a minus unary after a relation, an opening parenthesis or a comma, and leaves it binary after an operand or a closing parenthesis", () => {
    const unary = '<mo lspace="0em" rspace="0em" form="prefix">−</mo>';
    expect(operators(String.raw`a \ge -L`)[1]).toBe(unary);
    expect(operators(String.raw`(-x)`)[1]).toBe(unary);
    expect(operators(String.raw`a, -b`)[1]).toBe(unary);
    expect(operators(String.raw`a \;\ge\; -L`)[1]).toBe(unary);
    expect(operators(String.raw`a - b`)).toEqual(["<mo>−</mo>"]);
    expect(operators(String.raw`(a) - b`)[2]).toBe("<mo>−</mo>");
    expect(operators(String.raw`x^2 - 1`)).toEqual(["<mo>−</mo>"]);
  });

  it("writes \\, \\; and \\! as spaces of TeX's width, \\! negative (a browser draws KaTeX's characters for it as a positive space)", () => {
    expect(inline(String.raw`a\,b\;c\!d`)).toBe('<mi>a</mi><mspace width="0.1667em"></mspace><mi>b</mi><mspace width="0.2778em"></mspace><mi>c</mi><mspace width="-0.1667em"></mspace><mi>d</mi>');
  });

  it("puts no space between two relations, so that \\perp\\!\\!\\!\\perp overlaps into one symbol", () => {
    expect(operators(String.raw`x := 1`)).toEqual(['<mo rspace="0em">:</mo>', '<mo lspace="0em">=</mo>']);
    expect(operators(String.raw`X \perp\!\!\!\perp Y`)).toEqual(['<mo rspace="0em">⊥</mo>', '<mo lspace="0em">⊥</mo>']);
  });

  it("spaces signs and bars as TeX does around delimiters, large operators and closing symbols", () => {
    const unary = '<mo lspace="0em" rspace="0em" form="prefix">−</mo>';
    expect(operators(String.raw`\abs{-x}`)[1]).toBe(unary);
    expect(operators(String.raw`\lvert -a \rvert`)[1]).toBe(unary);
    expect(operators(String.raw`\lvert a \rvert - b`)[2]).toBe("<mo>−</mo>");
    expect(operators(String.raw`\sum_i -x_i`)[1]).toBe(unary);
    expect(operators(String.raw`B_1 + \cdots + B_d`)[2]).toBe("<mo>+</mo>");
    expect(operators(String.raw`n! - 1`)[1]).toBe("<mo>−</mo>");
    expect(inline(String.raw`f\Big|_{x=0}`)).toContain('maxsize="1.8em" lspace="0em" rspace="0em">∣</mo>');
  });

  it("sets the parts of a fraction in text in script style, and of a fraction on its own line not", () => {
    expect(operators(String.raw`\frac{n+1}{2}`)).toEqual(['<mo lspace="0em" rspace="0em">+</mo>']);
    expect(render(String.raw`$$
\frac{n+1}{2}
$$`)).toContain("<mo>+</mo>");
  });

  it("sets a prime at full size beside its base, not as a superscript", () => {
    expect(inline(String.raw`\psi'`)).toBe('<mrow><mi>ψ</mi><mo mathvariant="normal" lspace="0em" rspace="0em">′</mo></mrow>');
    expect(inline(String.raw`\psi^2`)).toBe("<msup><mi>ψ</mi><mn>2</mn></msup>");
    expect(inline(String.raw`f''`)).toMatch(/^<mrow><mi>f<\/mi><mrow><mo[^>]*>′<\/mo><mo[^>]*>′<\/mo><\/mrow><\/mrow>$/);
  });

  it("puts a thin space between an operator name and its argument, but not before a parenthesis", () => {
    expect(operators(String.raw`\arccos t`)).toEqual(['<mo rspace="0.1667em">\u2061</mo>']);
    expect(operators(String.raw`\arccos(t)`)[0]).toBe("<mo>\u2061</mo>");
    expect(inline(String.raw`\max_x f`)).toBe('<msub><mrow><mi>max</mi><mo>\u2061</mo></mrow><mi>x</mi></msub><mspace width="0.1667em"></mspace><mi>f</mi>');
    expect(inline(String.raw`\max_x (f)`)).not.toContain("mspace");
    // in a superscript too, and on top of an explicit space
    expect(inline(String.raw`e^{t\cos\theta}`)).toContain('<mi>t</mi><mspace width="0.1667em"></mspace><mi>cos</mi><mo lspace="0em" rspace="0.1667em">\u2061</mo>');
    // an explicit space is not an atom: after a relation, a group gets none
    expect(inline(String.raw`a =\, \norm{x}`).match(/<mspace/g)).toHaveLength(1);
    expect(inline(String.raw`\sin\,x`)).toBe('<mi>sin</mi><mo rspace="0.1667em">\u2061</mo><mspace width="0.1667em"></mspace><mi>x</mi>');
  });

  it("puts a thin space before an operator name after a symbol or a closing parenthesis, as TeX does", () => {
    const thin = '<mspace width="0.1667em"></mspace>';
    expect(inline(String.raw`(1+y)\sin x`)).toContain(`<mo stretchy="false">)</mo>${thin}<mi>sin</mi>`);
    expect(inline(String.raw`2\OE_U`)).toBe(`<mn>2</mn>${thin}<msub><mrow><mi mathvariant="normal">OE</mi><mo>\u2061</mo></mrow><mi>U</mi></msub>`);
    expect(inline(String.raw`a = \cos x`)).not.toContain("mspace");
  });

  it("spaces a \\left … \\right group from a symbol, a parenthesis or another group beside it, but not from an operator or inside a script", () => {
    const thin = '<mspace width="0.1667em"></mspace>';
    const norm = (x: string) => `<mrow><mo fence="true" lspace="0em" rspace="0em">∥</mo>${x}<mo fence="true" lspace="0em" rspace="0em">∥</mo></mrow>`;
    expect(inline(String.raw`\alpha \norm{g}\norm{h}`)).toBe(`<mi>α</mi>${thin}${norm("<mi>g</mi>")}${thin}${norm("<mi>h</mi>")}`);
    expect(inline(String.raw`(a)\norm{g}(b)`)).toContain(`<mo stretchy="false">)</mo>${thin}${norm("<mi>g</mi>")}${thin}<mo stretchy="false">(</mo>`);
    expect(inline(String.raw`a = \norm{g} + b`)).not.toContain("mspace");
    expect(inline(String.raw`x_{a\norm{g}}`)).not.toContain("mspace");
    // nor between a script's or a fraction's parts, which are not atoms side by side
    expect(inline(String.raw`\norm{s}^2`)).toBe(`<msup>${norm("<mi>s</mi>")}<mn>2</mn></msup>`);
    // a group with a script is still one, and a comma after one is spaced from it
    expect(inline(String.raw`L\norm{s}^2`)).toBe(`<mi>L</mi>${thin}<msup>${norm("<mi>s</mi>")}<mn>2</mn></msup>`);
    expect(inline(String.raw`\norm{s}, t`)).toContain(`${norm("<mi>s</mi>")}${thin}<mo separator="true">,</mo>`);
    // \binom is a symbol to TeX, not a group
    expect(inline(String.raw`\binom{n}{k}x`)).not.toContain("mspace");
    expect(inline(String.raw`\frac{\norm{a}}{\norm{b}}`)).toBe(`<mfrac>${norm("<mi>a</mi>")}${norm("<mi>b</mi>")}</mfrac>`);
  });

  it("sets the operators of sub- and superscripts without space, and leaves the base's alone", () => {
    expect(operators(String.raw`\sum_{i=1}^n`)).toEqual(["<mo>∑</mo>", '<mo lspace="0em" rspace="0em">=</mo>']);
    expect(operators(String.raw`e^{-x^2/2} = 1`).at(-1)).toBe("<mo>=</mo>");
  });
});

describe("styled characters", () => {
  // code points of the Mathematical Alphanumeric Symbols block that Unicode leaves unassigned,
  // because the letter was encoded earlier in Letterlike Symbols (ℎ, ℬ, ℝ, …)
  const holes = [0x1d455, 0x1d49d, 0x1d4a0, 0x1d4a1, 0x1d4a3, 0x1d4a4, 0x1d4a7, 0x1d4a8, 0x1d4ad, 0x1d4ba, 0x1d4bc, 0x1d4c4, 0x1d506, 0x1d50b, 0x1d50c, 0x1d515, 0x1d51d, 0x1d53a, 0x1d53f, 0x1d545, 0x1d547, 0x1d548, 0x1d549, 0x1d551];
  const letters = [..."ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"];

  it("never lands on an unassigned code point, for any variant and letter", () => {
    for (const variant of mathVariants) {
      for (const letter of letters) {
        const styled = styledCharacter(letter, variant);
        expect(styled, `${letter} in ${variant}`).not.toBeNull();
        expect(holes, `${letter} in ${variant} is ${styled}`).not.toContain(styled!.codePointAt(0));
      }
    }
  });

  it("matches Unicode's own characters at the edges of each alphabet", () => {
    expect(["A", "Z", "a", "z", "0", "9", "Α", "Ω", "α", "ω", "∇", "∂", "ϖ"].map((char) => styledCharacter(char, "bold"))).toEqual(["𝐀", "𝐙", "𝐚", "𝐳", "𝟎", "𝟗", "𝚨", "𝛀", "𝛂", "𝛚", "𝛁", "𝛛", "𝛡"]);
    expect(["A", "R", "h", "z", "σ", "ϑ"].map((char) => styledCharacter(char, "italic"))).toEqual(["𝐴", "𝑅", "ℎ", "𝑧", "𝜎", "𝜗"]);
    expect(["A", "C", "R", "Z", "k", "1"].map((char) => styledCharacter(char, "double-struck"))).toEqual(["𝔸", "ℂ", "ℝ", "ℤ", "𝕜", "𝟙"]);
    expect(["A", "B", "E", "X", "e", "o"].map((char) => styledCharacter(char, "script"))).toEqual(["𝒜", "ℬ", "ℰ", "𝒳", "ℯ", "ℴ"]);
    expect(["a", "9"].map((char) => styledCharacter(char, "monospace"))).toEqual(["𝚊", "𝟿"]);
  });

  it("has no character for what Unicode does not style", () => {
    expect(styledCharacter("Γ", "double-struck")).toBeNull();
    expect(styledCharacter("1", "script")).toBeNull();
    expect(styledCharacter("+", "bold")).toBeNull();
  });
});
