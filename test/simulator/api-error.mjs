// An error the simulator reports to its caller: to Streams as the JSON string
// in `api_response.err`, to the control API as an HTTP status with a JSON body.

export class ApiError extends Error {
  constructor(type, message, status = 400) {
    super(message);
    this.type = type;
    this.status = status;
  }

  /** The object that is JSON-encoded into `err` (Streams passes it to failure callbacks). */
  toJSON() {
    return { type: this.type, message: this.message, statusCode: this.status };
  }
}
