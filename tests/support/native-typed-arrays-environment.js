/**
 * Jest runs each test file in its own VM context, whose typed-array constructors differ from the
 * ones native addons see; onnxruntime-node checks `data instanceof Float32Array` against its own
 * realm and rejects every tensor. Test files that run ONNX models opt into this environment,
 * which hands the test context the process's real typed-array constructors.
 */
const { TestEnvironment } = require("jest-environment-node");

const typedArrays = [
  "ArrayBuffer", "Int8Array", "Uint8Array", "Uint8ClampedArray", "Int16Array", "Uint16Array",
  "Int32Array", "Uint32Array", "Float32Array", "Float64Array", "BigInt64Array", "BigUint64Array",
];

class NativeTypedArraysEnvironment extends TestEnvironment {
  constructor(config, context) {
    super(config, context);
    for (const name of typedArrays) this.global[name] = globalThis[name];
  }
}

module.exports = NativeTypedArraysEnvironment;
