import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { DisclosurePolicy, Taxonomy } from '@cate/core';
import { attributeError, ChartError, fetchText, policyError, type ChartInput } from '../load.js';
import { loadedPipeline, loadPipeline, type Pipeline } from '../pipeline-chunk.js';
import { loadCateTaxonomy, loadedCateTaxonomy } from './cate-taxonomy.js';
import { isLocalOrigin, publicFormatOf, readPublicData } from '../public-data.js';
import { cut, shownValue } from '../safety/options.js';
import { taxonomyError, usableTaxonomy } from './options.js';

/** Whether drawing the input needs a taxonomy's words: a preview, or published data that carries no text. */
function wantsTaxonomy(input: ChartInput): boolean {
  if (input.type === 'submissions') return input.submissions.length > 0;
  if (input.type === 'series') return !input.series.text;
  for (const series of input.sections.values()) if (!series.text) return true;
  return false;
}

const DATA_EXPECTED = 'a cate-publication@1 document, a published series, or (with preview) an array of submissions';

/** What a load is asked to read: the element's data properties and the options that bear on loading. */
export interface LoadRequest {
  data: unknown;
  src: string;
  preview: boolean;
  policy: DisclosurePolicy | undefined;
  taxonomy: Taxonomy | undefined;
  format: 'json' | 'csv' | undefined;
  timeout: number;
  maxBytes: number;
}

/** Where a load's outcome goes: the element's state. */
export interface LoadSink {
  /** The data read (undefined: nothing to draw yet). */
  input(input: ChartInput | undefined): void;
  /** A fetch or the preview pipeline is under way. */
  loading(): void;
  /** The load failed: no input, and the error state. */
  fail(error: unknown): void;
}

/**
 * Load: published data in `data` is checked synchronously, by `src` once fetched; raw submissions go to the
 * preview pipeline (loaded on first use), or are refused without `preview`. A newer load aborts the previous one,
 * and so does the element leaving the page.
 */
export class DataLoader implements ReactiveController {
  private _load: AbortController | undefined;
  /** The usable taxonomy given to the current load, if any. */
  private _given: Taxonomy | undefined;

  constructor(
    host: ReactiveControllerHost,
    private readonly _sink: LoadSink,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this._load?.abort();
  }

  load(request: LoadRequest): void {
    this._load?.abort();
    const load = new AbortController();
    this._load = load;
    const { data, policy } = request;
    const taxonomy = usableTaxonomy(request.taxonomy);
    this._given = taxonomy;
    const wrongTaxonomy = taxonomyError(request.taxonomy) ?? policyError(policy);
    if (wrongTaxonomy) return this._sink.fail(wrongTaxonomy);
    if (data !== undefined && data !== null) {
      if (Array.isArray(data)) {
        // Nothing yet is the empty state, not raw data.
        if (data.length === 0) this._accept(load, () => ({ type: 'submissions', submissions: [] }));
        else this._acceptRaw(load, request, (pipeline, taxonomy) => pipeline.inputFromData(data, taxonomy));
        return;
      }
      if (publicFormatOf(data)) return this._accept(load, () => readPublicData(data, policy));
      return this._sink.fail(
        attributeError('invalid-data', { attribute: 'data', value: shownValue(data), expected: DATA_EXPECTED }),
      );
    }
    this._sink.input(undefined);
    if (!request.src) return;
    this._sink.loading();
    const { src, format } = request;
    fetchText(src, { timeout: request.timeout, signal: load.signal, maxBytes: request.maxBytes }).then(
      ({ text, contentType }) => {
        if (load.signal.aborted) return;
        let json: unknown;
        const trimmed = text.trimStart();
        // An array is never published data: it is left to the preview's reader, which parses it in pieces.
        const array = trimmed.startsWith('[');
        if (
          format !== 'csv' &&
          !array &&
          (trimmed.startsWith('{') || format === 'json' || /json/i.test(contentType ?? ''))
        ) {
          try {
            json = JSON.parse(text);
          } catch (error) {
            this._sink.fail(new ChartError('invalid-json', `Invalid JSON: ${cut((error as Error).message)}`));
            return;
          }
        }
        if (publicFormatOf(json)) this._accept(load, () => readPublicData(json, policy));
        else
          this._acceptRaw(load, request, (pipeline, taxonomy) =>
            pipeline.inputFromTextIncrementally(text, {
              taxonomy,
              file: src,
              format,
              contentType,
              policy,
              signal: load.signal,
            }),
          );
      },
      (error: unknown) => !load.signal.aborted && this._sink.fail(error),
    );
  }

  /**
   * Raw submissions: refused unless this is a preview on this computer; then read by the pipeline (loaded on
   * first use). Whatever a visitor's browser receives is published, so raw data is never drawn elsewhere.
   */
  private _acceptRaw(
    load: AbortController,
    request: LoadRequest,
    read: (pipeline: Pipeline, taxonomy: Taxonomy) => ChartInput | undefined | Promise<ChartInput>,
  ): void {
    if (!request.preview || !isLocalOrigin(window.location)) {
      this._sink.fail(
        request.preview
          ? new ChartError('preview-not-local', 'A preview of raw data is drawn only on this computer.')
          : new ChartError(
              'raw-data-refused',
              'Raw submissions are not drawn in public: publish them, or add preview.',
            ),
      );
      return;
    }
    const ready = loadedPipeline();
    const taxonomy = this._given ?? loadedCateTaxonomy();
    if (ready && taxonomy) return this._accept(load, () => read(ready, taxonomy));
    this._sink.loading();
    // A preview with no taxonomy given reads the submissions against the CATE taxonomy: both chunks at once.
    Promise.all([ready ?? loadPipeline(), taxonomy ?? loadCateTaxonomy()]).then(
      ([pipeline, loaded]) => this._accept(load, () => read(pipeline, loaded)),
      (error: unknown) => !load.signal.aborted && this._sink.fail(error),
    );
  }

  /**
   * Takes a loaded input unless a newer load has started; a failure becomes the error state. A read that returns
   * a promise (a large file read in pieces) is taken when it settles; an aborted one is dropped without a word.
   */
  private _accept(load: AbortController, read: () => ChartInput | undefined | Promise<ChartInput>): void {
    if (load.signal.aborted) return;
    try {
      const input = read();
      if (input instanceof Promise) {
        input.then(
          (value) => this._accept(load, () => value),
          (error: unknown) => !load.signal.aborted && this._sink.fail(error),
        );
        return;
      }
      if (!input)
        throw new ChartError(
          'invalid-data',
          'The data property must be a publication, a published series or submissions.',
        );
      this._deliver(load, input);
    } catch (error) {
      this._sink.fail(error);
    }
  }

  /**
   * Hands the input to the element once its words are here: with no taxonomy given, data that carries no text (an
   * older publication, a hand-made series, a preview) waits for the CATE taxonomy's chunk, so no wrong text shows.
   */
  private _deliver(load: AbortController, input: ChartInput): void {
    if (this._given || loadedCateTaxonomy() || !wantsTaxonomy(input)) return this._sink.input(input);
    this._sink.loading();
    loadCateTaxonomy().then(
      () => !load.signal.aborted && this._sink.input(input),
      (error: unknown) => !load.signal.aborted && this._sink.fail(error),
    );
  }
}
