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
import { Converter, ReflectionKind, TypeScript as ts, UnionType } from "typedoc";

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

/** @param {import("typedoc").Application} app */
export function load(app) {
  app.converter.on(Converter.EVENT_CREATE_DECLARATION, (context, reflection) => {
    if (!reflection.kindOf(ReflectionKind.TypeAlias)) return;
    const declaration = context.getSymbolFromReflection(reflection)?.getDeclarations()?.find(ts.isTypeAliasDeclaration);
    if (declaration === undefined || !ZOD_ALIAS.test(declaration.type.getText())) return;
    context.converter.deferConversion(() => {
      const type = context.getTypeAtLocation(declaration);
      if (type !== undefined) reflection.type = context.converter.convertType(context.withScope(reflection), type);
    });
  });

  app.converter.on(Converter.EVENT_CREATE_SIGNATURE, (context, signature, declaration) => {
    if (declaration === undefined || !ts.isFunctionLike(declaration)) return;
    // TypeDoc converts these from the checker's type, which forgets an alias of an alias
    // (FootprintInput = DeepReadonly<...>); the type as written keeps the name.
    const inSignature = context.scope === signature ? context : context.withScope(signature);
    declaration.parameters.forEach((parameter, index) => {
      const reflection = signature.parameters?.[index];
      if (parameter.type === undefined || reflection === undefined) return;
      const type = context.converter.convertType(inSignature.withScope(reflection), parameter.type);
      reflection.type = parameter.questionToken === undefined ? type : removeUndefined(type);
    });
    if (declaration.type !== undefined && !ts.isTypePredicateNode(declaration.type)) signature.type = context.converter.convertType(inSignature, declaration.type);
  });

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
