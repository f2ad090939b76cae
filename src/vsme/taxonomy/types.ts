/** English and (where the taxonomy has one) Dutch label of a concept, member or axis. */
export interface TaxonomyLabels {
  readonly en: string;
  readonly nl?: string;
}

/** What the bundled taxonomy keeps of one reportable concept. */
export interface TaxonomyConcept {
  readonly dataType: string;
  readonly periodType: string;
  readonly labels: TaxonomyLabels;
  readonly reference?: {
    readonly section: string;
    readonly disclosure?: string;
    readonly paragraph: string;
    readonly subparagraph?: string;
    readonly clause?: string;
    readonly uri: string;
  };
  readonly members?: readonly string[];
  /** The units the taxonomy's measurement guidance names (`utr:MWh`, ...). */
  readonly units?: readonly string[];
}

/** An axis of the taxonomy's dimension tables: its members (none for a typed axis), the concepts it applies to, its default. */
export interface TaxonomyAxis {
  readonly labels: TaxonomyLabels;
  readonly typed: boolean;
  readonly members: readonly string[];
  readonly concepts: readonly string[];
  readonly default?: string;
}

/** The bundled subset of the EFRAG VSME taxonomy (see scripts/generate-vsme-taxonomy.mjs). */
export interface TaxonomyData<Name extends string = string> {
  readonly source: string;
  readonly license: string;
  readonly entryPoint: string;
  readonly namespaces: Readonly<Record<string, string>>;
  readonly concepts: Readonly<Record<Name, TaxonomyConcept>>;
  readonly members: Readonly<Record<string, TaxonomyLabels>>;
  readonly axes: Readonly<Record<string, TaxonomyAxis>>;
  readonly groups: readonly { readonly definition: string; readonly nl?: string; readonly concepts: readonly string[] }[];
}
