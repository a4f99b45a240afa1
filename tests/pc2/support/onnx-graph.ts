import { onnx } from "onnx-proto";

/** Small typed helpers over onnx-proto, enough to write the hand-made test models. */

const FLOAT = onnx.TensorProto.DataType.FLOAT;
const INT64 = onnx.TensorProto.DataType.INT64;

export type Dim = number | string;

export function floatInput(name: string, dims: Dim[]): onnx.IValueInfoProto {
  return valueInfo(name, FLOAT, dims);
}

export function int64Input(name: string, dims: Dim[]): onnx.IValueInfoProto {
  return valueInfo(name, INT64, dims);
}

export const floatOutput = floatInput;

function valueInfo(name: string, elemType: number, dims: Dim[]): onnx.IValueInfoProto {
  return {
    name,
    type: {
      tensorType: {
        elemType,
        shape: { dim: dims.map((d) => (typeof d === "number" ? { dimValue: d } : { dimParam: d })) },
      },
    },
  };
}

export function floatTensor(name: string, dims: number[], values: ArrayLike<number>): onnx.ITensorProto {
  return { name, dims, dataType: FLOAT, floatData: Array.from(values) };
}

export function int64Tensor(name: string, dims: number[], values: number[]): onnx.ITensorProto {
  return { name, dims, dataType: INT64, int64Data: values };
}

export function node(
  opType: string,
  inputs: string[],
  outputs: string[],
  attributes: Record<string, number | number[]> = {},
): onnx.INodeProto {
  const attribute = Object.entries(attributes).map(([name, value]) =>
    Array.isArray(value)
      ? { name, type: onnx.AttributeProto.AttributeType.INTS, ints: value }
      : { name, type: onnx.AttributeProto.AttributeType.INT, i: value },
  );
  return { opType, input: inputs, output: outputs, attribute };
}

export interface GraphSpec {
  name: string;
  inputs: onnx.IValueInfoProto[];
  outputs: onnx.IValueInfoProto[];
  initializers: onnx.ITensorProto[];
  nodes: onnx.INodeProto[];
}

/** Opset 17 keeps ReduceMean/ReduceMax axes as attributes, which the graphs above rely on. */
export function encodeModel(spec: GraphSpec): Uint8Array {
  return onnx.ModelProto.encode({
    irVersion: 8,
    opsetImport: [{ domain: "", version: 17 }],
    producerName: "voice-assistant-tests",
    graph: {
      name: spec.name,
      input: spec.inputs,
      output: spec.outputs,
      initializer: spec.initializers,
      node: spec.nodes,
    },
  }).finish();
}
