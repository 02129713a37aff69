/** Thrown by a mock handler to answer with RFC 9457 problem details. */
export class MockProblem extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly title: string,
    readonly errors?: Record<string, string>,
  ) {
    super(title);
  }
}

export const notFound = (what: string) => new MockProblem(404, 'not-found', `${what} not found`);
export const invalidToken = () => new MockProblem(401, 'invalid-token', 'The token is missing or wrong');
export const validation = (errors: Record<string, string>) =>
  new MockProblem(400, 'validation', 'The request is invalid', errors);
