/** Operations on stages. Each is pure: it returns a new document or the same one unchanged. */
import { describeValue, isPlainObject, setOwn } from '../json';
import { fail } from '../report';
import type { JsonObject } from '../json';
import { ID_PREFIX, generateId } from '../ids';
import type { JourneyDocument, JourneyError, KnownStage, Stage, Touchpoint } from '../types';
import { checkStage } from '../validate';
import {
  changedItem,
  checkPosition,
  idInUse,
  insertAt,
  insertionIndex,
  readArgument,
  reject,
  rejectIfAny,
  removeAt,
  replaceAt,
  requireArgs,
  stageIndex,
  stageMembers,
} from './shared';

const CHECK = { checkUnknown: true };

export interface AddStageArgs {
  /** Position among the stages; the end by default. */
  index?: number;
  /** Its properties; the id is generated unless given, `name` defaults to `''`, `kind` to `'custom'`. */
  stage?: Partial<KnownStage>;
}

export function addStage(document: JourneyDocument, args: AddStageArgs = {}): JourneyDocument {
  requireArgs(args, 'addStage');
  const count = document.stages.length;
  const position = args.index === undefined ? count : checkPosition(args.index, count, '/stages');
  const path = `/stages/${position}`;
  const fields: unknown = args.stage === undefined ? {} : readArgument(args.stage, path);
  if (!isPlainObject(fields)) return reject(path, 'invalid_type', `stage must be an object, got ${describeValue(fields)}`);
  const givenId = fields.id;
  const candidate: JsonObject = {
    id: givenId ?? generateId(ID_PREFIX.stage, (id) => idInUse(document, id)),
    name: '',
    kind: 'custom',
  };
  for (const key of Object.keys(fields)) if (fields[key] !== undefined) setOwn(candidate, key, fields[key]);
  const errors: JourneyError[] = [];
  checkStage(errors, path, candidate, CHECK);
  if (typeof givenId === 'string' && givenId !== '' && idInUse(document, givenId)) {
    fail(errors, `${path}/id`, 'duplicate_id', `id ${describeValue(givenId)} is already used in this document`);
  }
  rejectIfAny(errors);
  return { ...document, stages: insertAt(document.stages, position, [candidate as Stage]) };
}

export interface UpdateStageArgs {
  id: string;
  /** New values; a key set to `undefined` removes that optional property. */
  changes: Partial<Omit<KnownStage, 'id'>>;
}

export function updateStage(document: JourneyDocument, args: UpdateStageArgs): JourneyDocument {
  requireArgs(args, 'updateStage');
  const index = stageIndex(document, args.id);
  const stage = document.stages[index] as Stage;
  const path = `/stages/${index}`;
  const updated = changedItem(stage, path, args.changes, 'a stage keeps its id, since touchpoints refer to it', (errors, at, candidate) =>
    checkStage(errors, at, candidate, CHECK),
  );
  if (updated === undefined) return document;
  return { ...document, stages: replaceAt(document.stages, index, updated) };
}

export interface RenameStageArgs {
  id: string;
  name: string;
}

export function renameStage(document: JourneyDocument, args: RenameStageArgs): JourneyDocument {
  requireArgs(args, 'renameStage');
  return updateStage(document, { id: args.id, changes: { name: args.name } });
}

export interface RecolorStageArgs {
  id: string;
  /** `#rgb` or `#rrggbb`; `undefined` removes the color. */
  color: string | undefined;
}

export function recolorStage(document: JourneyDocument, args: RecolorStageArgs): JourneyDocument {
  requireArgs(args, 'recolorStage');
  return updateStage(document, { id: args.id, changes: { color: args.color } });
}

export interface MoveStageArgs {
  id: string;
  /** Its new position among the stages. */
  index: number;
}

export function moveStage(document: JourneyDocument, args: MoveStageArgs): JourneyDocument {
  requireArgs(args, 'moveStage');
  const from = stageIndex(document, args.id);
  const to = checkPosition(args.index, document.stages.length - 1, '/stages');
  if (to === from) return document;
  const rest = removeAt(document.stages, from);
  return { ...document, stages: insertAt(rest, to, [document.stages[from] as Stage]) };
}

export interface RemoveStageArgs {
  id: string;
  /**
   * What happens to the stage's touchpoints: `'delete'` them, or move them to another stage
   * (after its own touchpoints when that stage comes earlier, before them when it comes later,
   * so journey order is kept). Required when the stage has touchpoints.
   */
  touchpoints?: 'delete' | { moveTo: string };
}

export function removeStage(document: JourneyDocument, args: RemoveStageArgs): JourneyDocument {
  requireArgs(args, 'removeStage');
  const index = stageIndex(document, args.id);
  const stage = document.stages[index] as Stage;
  const stages = removeAt(document.stages, index);
  const members = stageMembers(document.touchpoints, stage.id);
  const choice: unknown = args.touchpoints;

  if (choice === undefined) {
    if (members.length > 0) {
      reject(
        `/stages/${index}`,
        'stage_not_empty',
        `stage ${describeValue(stage.name)} still has ${members.length} touchpoint${members.length === 1 ? '' : 's'}; ` +
          'say whether to delete them or move them to another stage',
      );
    }
    return { ...document, stages };
  }
  if (choice === 'delete') {
    if (members.length === 0) return { ...document, stages };
    const removed = new Set(members);
    return { ...document, stages, touchpoints: document.touchpoints.filter((_, i) => !removed.has(i)) };
  }
  if (!isPlainObject(choice) || typeof choice.moveTo !== 'string') {
    return reject(`/stages/${index}`, 'invalid_value', `touchpoints must be "delete" or { moveTo: stageId }, got ${describeValue(choice)}`);
  }
  const target = choice.moveTo;
  if (target === stage.id) {
    return reject(`/stages/${index}`, 'invalid_value', 'touchpoints cannot move to the stage being removed');
  }
  const targetIndex = stageIndex(document, target);
  if (members.length === 0) return { ...document, stages };

  const moving = new Set(members);
  const rest: Touchpoint[] = [];
  const moved: Touchpoint[] = [];
  document.touchpoints.forEach((touchpoint, i) => {
    if (moving.has(i)) moved.push({ ...touchpoint, stageId: target });
    else rest.push(touchpoint);
  });
  const targetMembers = stageMembers(rest, target);
  const position = targetIndex < index ? targetMembers.length : 0;
  const at = insertionIndex(stages, rest, target, position, targetMembers);
  return { ...document, stages, touchpoints: insertAt(rest, at, moved) };
}
