/**
 * The resources the post-deploy gates look at, parsed from what users write: Lambda function names
 * and ARNs, ECR image ARNs and URIs. Region and account come from the ARN or URI, so that one gate
 * can check resources in several regions and accounts.
 */
import { partitionOf } from '../aws/arn';
import { InputError } from '../errors';

export interface AwsLocation {
  region: string;
  /** Absent for a function given by name: the caller's account. */
  accountId?: string;
}

export interface LambdaFunctionRef extends AwsLocation {
  /** As the user wrote it, for reports. */
  label: string;
  /** The function's unqualified name or ARN, as GetFunctionConfiguration's FunctionName. */
  functionName: string;
  /** The bare name, e.g. `orders-api`. */
  name: string;
  /** A version or alias, passed apart as GetFunctionConfiguration's Qualifier. */
  qualifier?: string;
}

export type InspectedResource =
  | (AwsLocation & { kind: 'lambda-function'; label: string; accountId: string; name: string })
  | (AwsLocation & {
      kind: 'ecr-image';
      label: string;
      accountId: string;
      repository: string;
      /** `sha256:…`, or the tag when the image was named by tag. */
      image: { digest: string } | { tag: string };
    });

const REGION = '[a-z]{2}(?:-[a-z]+)+-\\d';
const FUNCTION_NAME = '[A-Za-z0-9_-]{1,64}';
const QUALIFIER = '\\$LATEST(?:\\.PUBLISHED)?|[A-Za-z0-9_-]{1,128}';
/** ECR repository names: lowercase path components separated by `/`. */
const REPOSITORY = '[a-z0-9]+(?:[._-][a-z0-9]+)*(?:/[a-z0-9]+(?:[._-][a-z0-9]+)*)*';
const DIGEST = 'sha256:[a-f0-9]{64}';

const FUNCTION_ARN = new RegExp(
  `^(arn:aws[a-z-]*:lambda:(${REGION}):(\\d{12}):function:(${FUNCTION_NAME}))(?::(${QUALIFIER}))?$`,
);
const QUALIFIED_NAME = new RegExp(`^(${FUNCTION_NAME})(?::(${QUALIFIER}))?$`);
const IMAGE_ARN = new RegExp(
  `^arn:aws[a-z-]*:ecr:(${REGION}):(\\d{12}):repository/(${REPOSITORY})/(${DIGEST})$`,
);
const IMAGE_URI = new RegExp(
  `^(\\d{12})\\.dkr\\.ecr(?:-fips)?\\.(${REGION})\\.amazonaws\\.com(?:\\.cn)?/(${REPOSITORY})(?:@(${DIGEST})|:([\\w][\\w.-]{0,127}))$`,
);

const FUNCTION_FORMS =
  'a Lambda function name or ARN, optionally with :version or :alias (e.g. orders-api, orders-api:live, arn:aws:lambda:eu-west-1:123456789012:function:orders-api)';
const RESOURCE_FORMS =
  'a Lambda function ARN, an ECR image ARN (arn:aws:ecr:REGION:ACCOUNT:repository/NAME/sha256:DIGEST) or an ECR image URI (ACCOUNT.dkr.ecr.REGION.amazonaws.com/NAME@sha256:DIGEST or …/NAME:TAG)';

/**
 * A function for GetFunctionConfiguration. A name without an ARN is looked up in `defaultRegion`.
 * `origin` names where the text came from, e.g. `--function`, for the InputError.
 */
export function parseFunctionRef(text: string, origin: string, defaultRegion?: string): LambdaFunctionRef {
  const arn = FUNCTION_ARN.exec(text);
  if (arn) {
    const [, unqualified, region, accountId, name, qualifier] = arn as unknown as string[];
    return { label: text, functionName: unqualified, name, qualifier, region, accountId };
  }
  const named = QUALIFIED_NAME.exec(text);
  if (!named) throw new InputError([`${origin} "${text}" is not ${FUNCTION_FORMS}`]);
  if (!defaultRegion) {
    throw new InputError([
      `${origin} "${text}" is a name without a region: give its ARN, or the region (--region or AWS_REGION)`,
    ]);
  }
  const [, name, qualifier] = named as unknown as string[];
  return { label: text, functionName: name, name, qualifier, region: defaultRegion };
}

/** A resource Amazon Inspector scans: a Lambda function, or a container image in ECR. */
export function parseInspectedResource(text: string, origin: string): InspectedResource {
  const lambda = FUNCTION_ARN.exec(text);
  if (lambda) {
    const [, , region, accountId, name] = lambda as unknown as string[];
    return { kind: 'lambda-function', label: text, region, accountId, name };
  }
  const imageArn = IMAGE_ARN.exec(text);
  if (imageArn) {
    const [, region, accountId, repository, digest] = imageArn as unknown as string[];
    return { kind: 'ecr-image', label: text, region, accountId, repository, image: { digest } };
  }
  const uri = IMAGE_URI.exec(text);
  if (uri) {
    const [, accountId, region, repository, digest, tag] = uri as unknown as (string | undefined)[];
    return {
      kind: 'ecr-image',
      label: text,
      region: region as string,
      accountId: accountId as string,
      repository: repository as string,
      image: digest ? { digest } : { tag: tag as string },
    };
  }
  throw new InputError([`${origin} "${text}" is not ${RESOURCE_FORMS}`]);
}

/**
 * A function as an ARN: a name is taken to be in `home` (the account and region a pipeline
 * environment deploys to); an ARN stays as it is. Throws InputError when it is neither.
 */
export function functionArnIn(text: string, origin: string, home: Required<AwsLocation>): string {
  const ref = parseFunctionRef(text, origin, home.region);
  if (ref.accountId) return text;
  const arn = `arn:${partitionOf(home.region)}:lambda:${home.region}:${home.accountId}:function:${ref.name}`;
  return ref.qualifier ? `${arn}:${ref.qualifier}` : arn;
}

/** A resource for the Inspector gate, names of functions taken to be in `home` as above. */
export function inspectedResourceIn(text: string, origin: string, home: Required<AwsLocation>): string {
  if (QUALIFIED_NAME.test(text) || FUNCTION_ARN.test(text)) return functionArnIn(text, origin, home);
  return parseInspectedResource(text, origin).label;
}

/** Runs each parse, collecting the problems of all into one InputError. */
export function parseTogether<T extends unknown[]>(...parses: { [K in keyof T]: () => T[K] }): T {
  const problems: string[] = [];
  const values = parses.map((parse) => {
    try {
      return parse();
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      problems.push(...error.problems);
      return undefined;
    }
  });
  if (problems.length > 0) throw new InputError(problems);
  return values as T;
}
