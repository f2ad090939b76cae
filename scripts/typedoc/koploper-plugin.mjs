// @ts-check
// The TypeDoc plugin of koploper's API site (typedoc.json "plugin"). Without touching the sources:
// - an input or result type written as `DeepReadonly<z.input<typeof schema>>` (or z.input,
//   z.output, z.infer) is shown as the object it stands for, field by field, each field with the
//   TSDoc comment of the schema's key;
// - a function's parameters and result keep the name of their type (`input: FootprintInput`)
//   instead of TypeScript's expansion of it, and a signature that would still print an inline type
//   longer than a screen is a warning (so, with treatWarningsAsErrors, a failed build);
// - every export gets a category (its capability, from the folder and file it is declared in) and
//   a "Guide" link to the guide of that capability; every guide ends with links to its API.
import { ArrayType, CommentTag, Converter, ReflectionKind, ReflectionType, TypeOperatorType, TypeScript as ts, UnionType, makeRecursiveVisitor } from "typedoc";

/**
 * The capabilities the API is grouped by: the first pattern that matches the file an export is
 * declared in names its category, and the guide (by its title) that explains it.
 *
 * @type {readonly (readonly [RegExp, string, string])[]}
 */
const CAPABILITIES = [
  [/^src\/core\/errors/, "Errors", "Getting started"],
  [/^src\/core\/decimal/, "Exact numbers", "Getting started"],
  [/^src\/core\/localized/, "Texts in Dutch and English", "Getting started"],
  [/^src\/core\//, "Validation", "Getting started"],
  [/^src\/factors\/gwp/, "GWP of gases", "CO2 footprints"],
  [/^src\/factors\/nl-2026/, "Factor data", "The factor data"],
  [/^src\/factors\//, "Factors", "The factor data"],
  [/^src\/footprint\/(analysis|ladder|periods|summary|plausibility)/, "Footprint views and analysis", "CO2 footprints"],
  [/^src\/footprint\//, "Footprint", "CO2 footprints"],
  [/^src\/iso26000\/(standard|sdg)/, "ISO 26000 as data", "ISO 26000"],
  [/^src\/iso26000\/(score|compare|gaps|recommendation|relevance)/, "Scoring and gaps", "ISO 26000"],
  [/^src\/iso26000\/(surveyjs|json-schema)/, "SurveyJS and JSON Schema", "ISO 26000"],
  [/^src\/iso26000\//, "Questionnaires and responses", "ISO 26000"],
  [/^src\/lifecycle\/timeline\//, "Timeline", "The timeline"],
  [/^src\/lifecycle\/(measures|certificates|prize|report|summarize)/, "Results, report and prize", "A Koploper year"],
  [/^src\/lifecycle\//, "Programme: events and state", "A Koploper year"],
  [/^src\/audit\//, "Audit: duties, measures, recommendations", "The adviser's audit"],
  [/^src\/vsme\//, "VSME report", "A VSME report"],
  [/^src\/charts\//, "Charts", "Recipes"],
];

/** The category and guide of a source file; a folder no pattern knows is its own category. */
function capabilityOf(/** @type {string} */ path) {
  const found = CAPABILITIES.find(([pattern]) => pattern.test(path));
  if (found !== undefined) return { category: found[1], guide: found[2] };
  const folder = /^src\/([^/]+)\//.exec(path)?.[1] ?? "other";
  return { category: folder.toUpperCase() === folder ? folder : folder[0]?.toUpperCase() + folder.slice(1), guide: undefined };
}

/**
 * An optional parameter's type without its `| undefined`, as TypeDoc prints it.
 *
 * @param {import("typedoc").SomeType} type
 */
function removeUndefined(type) {
  if (!(type instanceof UnionType)) return type;
  const types = type.types.filter((member) => member.toString() !== "undefined");
  return types.length === 1 && types[0] !== undefined ? types[0] : new UnionType(types);
}

const ZOD_ALIAS = /^(?:DeepReadonly<\s*)?z\.(?:input|output|infer)<\s*typeof\s+\w+\s*>\s*>?$/;

/** About a screen: a signature's parameter or result type printed longer than this is refused. */
const MAX_INLINE_TYPE = 400;

/** Whether a type node uses `typeof` somewhere: TypeDoc's own conversion reads those better. */
function hasTypeQuery(/** @type {ts.Node} */ node) {
  return ts.isTypeQueryNode(node) || ts.forEachChild(node, hasTypeQuery) === true;
}

/** @param {import("typedoc").Application} app */
export function load(app) {
  /** The types the zod aliases stand for, by the checker's type id, to name them where they recur. */
  /** @type {Map<number, { symbol: ts.Symbol, type: ts.Type }>} */
  const zodAliases = new Map();

  /**
   * A reference to the zod alias `type` is (or a readonly array of one), other than `self`.
   *
   * @param {import("typedoc").Context} context
   * @param {ts.Type} type
   * @param {ts.Symbol} self
   * @returns {import("typedoc").SomeType | undefined}
   */
  function nameOf(context, type, self) {
    const { checker } = context;
    // The same type, or one of the same shape (an alias of an alias is not always the same type object).
    const same = (/** @type {ts.Type} */ other) => other === type || (checker.isTypeAssignableTo(type, other) && checker.isTypeAssignableTo(other, type));
    const alias = [...zodAliases.values()].find((entry) => entry.symbol !== self && same(entry.type))?.symbol;
    if (alias !== undefined) return context.createSymbolReference(alias, context, alias.name);
    if (!context.checker.isArrayType(type)) return undefined;
    const [element] = context.checker.getTypeArguments(/** @type {ts.TypeReference} */ (type));
    const named = element === undefined ? undefined : nameOf(context, element, self);
    if (named === undefined) return undefined;
    const array = new ArrayType(named);
    return type.getSymbol()?.getName() === "ReadonlyArray" ? new TypeOperatorType(array, "readonly") : array;
  }

  app.converter.on(Converter.EVENT_CREATE_DOCUMENT, (_context, document) => {
    if (typeof document.frontmatter["title"] === "string") document.name = document.frontmatter["title"];
  });

  app.converter.on(Converter.EVENT_CREATE_DECLARATION, (context, reflection) => {
    if (!reflection.kindOf(ReflectionKind.TypeAlias)) return;
    const symbol = context.getSymbolFromReflection(reflection);
    const declaration = symbol?.getDeclarations()?.find(ts.isTypeAliasDeclaration);
    if (symbol === undefined || declaration === undefined || !ZOD_ALIAS.test(declaration.type.getText())) return;
    const aliased = context.getTypeAtLocation(declaration);
    // @ts-expect-error the checker's type id is internal, and stable within one program
    if (aliased !== undefined) zodAliases.set(aliased.id, { symbol, type: aliased });
    context.converter.deferConversion(() => {
      const type = context.getTypeAtLocation(declaration);
      if (type === undefined) return;
      const scope = context.withScope(reflection);
      // A union keeps the alias's own name as TypeScript prints it (ActivityInput: ActivityInput):
      // convert its members one by one.
      reflection.type = type.isUnion()
        ? new UnionType(type.types.map((member) => context.converter.convertType(scope, member)))
        : context.converter.convertType(scope, type);
      if (!(reflection.type instanceof ReflectionType)) return;
      // A field whose type is another zod alias (activities: readonly ActivityInput[]) gets its name.
      for (const field of reflection.type.declaration.children ?? []) {
        const property = type.getProperty(field.name);
        const named =
          property === undefined ? undefined : nameOf(context, context.checker.getNonNullableType(context.checker.getTypeOfSymbol(property)), symbol);
        if (named === undefined) continue;
        field.type?.visit(makeRecursiveVisitor({ reflection: (inline) => context.project.removeReflection(inline.declaration) }));
        field.type = named;
      }
    });
  });

  app.converter.on(Converter.EVENT_CREATE_SIGNATURE, (context, signature, declaration, tsSignature) => {
    if (declaration === undefined || !ts.isFunctionLike(declaration)) return;
    // `ReturnType<typeof parser.safeParse>` is SafeParseResult<T> with T the output of a schema:
    // name both when T is the type of a zod alias (Measure, Timeline).
    if (tsSignature !== undefined && declaration.type !== undefined && hasTypeQuery(declaration.type)) {
      const result = context.checker.getReturnTypeOfSignature(tsSignature);
      const [data] = result.aliasTypeArguments ?? [];
      context.converter.deferConversion(() => {
        // @ts-expect-error the checker's type id is internal
        const named = data === undefined ? undefined : zodAliases.get(data.id)?.symbol;
        if (result.aliasSymbol?.name !== "SafeParseResult" || named === undefined) return;
        const reference = context.createSymbolReference(result.aliasSymbol, context, "SafeParseResult");
        reference.typeArguments = [context.createSymbolReference(named, context, named.name)];
        signature.type = reference;
      });
    }
    // TypeDoc converts these from the checker's type, which forgets an alias of an alias
    // (FootprintInput = DeepReadonly<...>); the type as written keeps the name.
    const inSignature = context.scope === signature ? context : context.withScope(signature);
    declaration.parameters.forEach((parameter, index) => {
      const reflection = signature.parameters?.[index];
      if (parameter.type === undefined || reflection === undefined || hasTypeQuery(parameter.type)) return;
      const type = context.converter.convertType(inSignature.withScope(reflection), parameter.type);
      reflection.type = parameter.questionToken === undefined ? type : removeUndefined(type);
    });
    if (declaration.type !== undefined && !ts.isTypePredicateNode(declaration.type) && !hasTypeQuery(declaration.type))
      signature.type = context.converter.convertType(inSignature, declaration.type);
  });

  // Categories and the links between the API and the guides, before TypeDoc sorts by category.
  app.converter.on(
    Converter.EVENT_RESOLVE_BEGIN,
    (context) => {
      const { project } = context;
      const guides = new Map((project.documents ?? []).map((document) => [document.name, document]));
      /** @type {Map<string, import("typedoc").DeclarationReflection[]>} */
      const apiOfGuide = new Map();
      for (const module of project.getChildrenByKind(ReflectionKind.Module)) {
        for (const reflection of module.children ?? []) {
          // A function's comment is on its (first) signature.
          const comment = reflection.comment ?? reflection.signatures?.[0]?.comment;
          if (reflection.kindOf(ReflectionKind.Reference) || comment === undefined) continue;
          const path = project.getSymbolIdFromReflection(reflection)?.packagePath ?? "";
          const { category, guide } = capabilityOf(path);
          if (!comment.getTag("@category")) comment.blockTags.push(new CommentTag("@category", [{ kind: "text", text: category }]));
          const document = guide === undefined ? undefined : guides.get(guide);
          if (document === undefined) continue;
          comment.blockTags.push(
            new CommentTag("@see", [
              { kind: "text", text: "The guide: " },
              { kind: "inline-tag", tag: "@link", text: document.name, target: document },
            ]),
          );
          if (reflection.kindOf(ReflectionKind.Function)) apiOfGuide.set(document.name, [...(apiOfGuide.get(document.name) ?? []), reflection]);
        }
      }
      for (const [name, functions] of apiOfGuide) {
        const document = guides.get(name);
        if (document === undefined) continue;
        const links = functions
          .sort((a, b) => a.name.localeCompare(b.name))
          .flatMap((reflection, index) => [
            ...(index === 0 ? [] : [{ kind: /** @type {const} */ ("text"), text: ", " }]),
            { kind: /** @type {const} */ ("inline-tag"), tag: /** @type {const} */ ("@link"), text: reflection.name, target: reflection },
          ]);
        document.content.push({ kind: "text", text: "\n\n## The API of this guide\n\nThe functions this guide is about: " }, ...links, {
          kind: "text",
          text: ".\n",
        });
      }
    },
    100,
  );

  // Each symbol once: the root module re-exports the subpath modules, whose pages document the
  // symbols; the re-exports (references) would list every symbol twice in search. Links are
  // resolved by now, and go to the documented symbol.
  app.converter.on(
    Converter.EVENT_RESOLVE_END,
    (context) => {
      for (const reference of context.project.getReflectionsByKind(ReflectionKind.Reference)) context.project.removeReflection(reference);
    },
    -1000,
  );

  app.converter.on(Converter.EVENT_RESOLVE_END, (context) => {
    for (const reflection of context.project.getReflectionsByKind(ReflectionKind.CallSignature)) {
      const signature = /** @type {import("typedoc").SignatureReflection} */ (reflection);
      const types = [...(signature.parameters ?? []).map((parameter) => [parameter.name, parameter.type]), ["the result", signature.type]];
      for (const [name, type] of types) {
        const text = type?.toString() ?? "";
        if (text.length > MAX_INLINE_TYPE) {
          app.logger.warn(`${signature.getFriendlyFullName()}: ${name} prints an inline type of ${text.length} characters; give it a named type`);
        }
      }
    }
  });
}
