#!/usr/bin/env bash
# The main job. Sets up, builds the CLI once, then runs it.
# With no arguments: asks the model named by VALUEATLAS_ENDPOINT / VALUEATLAS_MODEL one Korean question.
# With arguments: passes them to valueatlas, e.g. scripts/run.sh llm ask --prompt "..." --logprobs 5
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/setup.sh >/dev/null
dotnet build src/Cli/ValueAtlas.Cli.csproj -c Release -nologo -v q >/dev/null
CLI=(dotnet src/Cli/bin/Release/net10.0/valueatlas.dll)

if [ "$#" -gt 0 ]; then
  exec "${CLI[@]}" "$@"
fi
exec "${CLI[@]}" llm ask --system "한국어로 한 문장으로 답하세요." --prompt "한국 사회에서 가장 논쟁적인 주제 하나는 무엇입니까?" --temperature 0 --logprobs 3
