#!/bin/sh
# Installs, from the lockfile, the runtime dependencies of the kit and one image family only.
set -eu
family="$1"
# The image never needs the root's dev tools; without them npm ci checks only what it installs.
npm pkg delete devDependencies
# onnxruntime-node's CPU binaries ship in the package; its install script would fetch the CUDA
# provider from NuGet wherever npm runs install scripts (npm 10 in the node:20 images ignores
# package.json's allowScripts). pc2's cuda variant runs that script itself, on purpose.
export ONNXRUNTIME_NODE_INSTALL=skip
# node-llama-cpp's postinstall would test its binaries and, failing that, download and build
# llama.cpp; the llm uses the prebuilt binaries of its @node-llama-cpp/* packages as installed.
export NODE_LLAMA_CPP_POSTINSTALL=skip
npm ci --omit=dev --workspace agents-src/kit --workspace "agents-src/$family"
