/** clio/documentInfo: the document's convention and region, as the status bar shows them. */
import type { DocumentInfo } from '../../../shared/protocol';
import type { DocumentAnalysis } from '../analysis/types';
import { regionLabel } from '../analysis/words';
import { getReform } from '../calendar';

/** The document's convention and region, as the status bar shows them. */
export function documentInfo(analysis: DocumentAnalysis): DocumentInfo {
  const { convention, source, region, regionSource } = analysis.convention;
  const reform = region ? getReform(region) : undefined;
  return {
    convention: convention ?? null,
    conventionSource: source,
    region: region ?? null,
    regionName: reform ? regionLabel(reform) : (region ?? null),
    regionSource,
  };
}
