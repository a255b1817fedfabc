import {
  ACTIVITY_KINDS,
  ActivityStatus,
  Commitment,
  Origin,
  OutputKind,
  PyramidLevel,
} from '../../../shared/domain/schemas';
import { t } from '../../components/i18n';

/** Options with Dutch labels for each enumeration the programme screens show. */
export const kindOptions = () =>
  ACTIVITY_KINDS.map((value) => ({ value, label: t(`kind.${value}`) }));
/** Status options. */
export const statusOptions = () =>
  ActivityStatus.options.map((value) => ({ value, label: t(`status.${value}`) }));
/** Pyramid level options. */
export const pyramidOptions = () =>
  PyramidLevel.options.map((value) => ({ value, label: t(`pyramid.${value}`) }));
/** Commitment options. */
export const commitmentOptions = () =>
  Commitment.options.map((value) => ({ value, label: t(`commitment.${value}`) }));
/** Origin options. */
export const originOptions = () =>
  Origin.options.map((value) => ({ value, label: t(`origin.${value}`) }));
/** Output kind options. */
export const outputOptions = () =>
  OutputKind.options.map((value) => ({ value, label: t(`output.${value}`) }));
