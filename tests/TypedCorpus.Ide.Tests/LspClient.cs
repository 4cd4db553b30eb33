using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace TypedCorpus.Ide.Tests;

/// <summary>
/// A minimal LSP client over a server's stdio: JSON-RPC 2.0 with Content-Length framing. Requests get their response by id;
/// requests from the server (configuration, capability registration, progress tokens) are answered with an empty result;
/// notifications are kept in <see cref="Log"/> to explain a failure.
/// </summary>
public sealed class LspClient : IAsyncDisposable
{
    private readonly Process _process;
    private readonly Stream _in;
    private readonly SemaphoreSlim _write = new(1, 1);
    private readonly ConcurrentDictionary<int, TaskCompletionSource<JsonNode?>> _pending = new();
    private readonly Task _reader;
    private int _nextId;

    /// <summary>What the server said on its own (log messages, progress) and on stderr, newest last.</summary>
    public ConcurrentQueue<string> Log { get; } = new();

    private LspClient(Process process)
    {
        _process = process;
        _in = process.StandardInput.BaseStream;
        _reader = Task.Run(ReadLoop);
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) Log.Enqueue("stderr: " + e.Data); };
        process.BeginErrorReadLine();
    }

    public static LspClient Start(string workingDirectory, IReadOnlyDictionary<string, string> env, string file, params string[] args)
    {
        var psi = new ProcessStartInfo(file)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var a in args) psi.ArgumentList.Add(a);
        Isolate(psi, env);
        return new LspClient(Process.Start(psi)!);
    }

    /// <summary>Keeps the test host's MSBuild settings out of a child process and adds <paramref name="env"/>.</summary>
    public static void Isolate(ProcessStartInfo psi, IReadOnlyDictionary<string, string> env)
    {
        foreach (var key in psi.Environment.Keys.Where(k => k.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase) || k == "DOTNET_HOST_PATH").ToList())
            psi.Environment.Remove(key);
        psi.Environment["DOTNET_NOLOGO"] = "1";
        psi.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        psi.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        foreach (var (k, v) in env) psi.Environment[k] = v;
    }

    public bool HasExited => _process.HasExited;

    public async Task<JsonNode?> Request(string method, object? @params, TimeSpan timeout)
    {
        int id = Interlocked.Increment(ref _nextId);
        var tcs = new TaskCompletionSource<JsonNode?>(TaskCreationOptions.RunContinuationsAsynchronously);
        _pending[id] = tcs;
        await Send(new JsonObject { ["jsonrpc"] = "2.0", ["id"] = id, ["method"] = method, ["params"] = ToNode(@params) });
        var done = await Task.WhenAny(tcs.Task, Task.Delay(timeout));
        _pending.TryRemove(id, out _);
        if (done != tcs.Task) throw new TimeoutException($"{method}: no response in {timeout.TotalSeconds:0} s");
        return await tcs.Task;
    }

    public Task Notify(string method, object? @params) =>
        Send(new JsonObject { ["jsonrpc"] = "2.0", ["method"] = method, ["params"] = ToNode(@params) });

    private static JsonNode? ToNode(object? value) => value switch
    {
        null => null,
        JsonNode n => n,
        _ => JsonSerializer.SerializeToNode(value),
    };

    private async Task Send(JsonObject message)
    {
        var body = Encoding.UTF8.GetBytes(message.ToJsonString());
        var header = Encoding.ASCII.GetBytes($"Content-Length: {body.Length}\r\n\r\n");
        await _write.WaitAsync();
        try
        {
            await _in.WriteAsync(header);
            await _in.WriteAsync(body);
            await _in.FlushAsync();
        }
        finally { _write.Release(); }
    }

    private async Task ReadLoop()
    {
        var stream = _process.StandardOutput.BaseStream;
        try
        {
            while (true)
            {
                int length = -1;
                for (var line = await ReadHeaderLine(stream); line.Length > 0; line = await ReadHeaderLine(stream))
                    if (line.StartsWith("Content-Length:", StringComparison.OrdinalIgnoreCase)) length = int.Parse(line["Content-Length:".Length..].Trim());
                if (length < 0) throw new InvalidDataException("a message without Content-Length");
                var body = new byte[length];
                await stream.ReadExactlyAsync(body);
                Dispatch(JsonNode.Parse(body)!.AsObject());
            }
        }
        catch (EndOfStreamException) { }
        catch (Exception ex) { Log.Enqueue("reader: " + ex.Message); }
        foreach (var p in _pending.Values) p.TrySetException(new IOException("the server closed its output"));
    }

    private static async Task<string> ReadHeaderLine(Stream stream)
    {
        var sb = new StringBuilder();
        var one = new byte[1];
        while (true)
        {
            if (await stream.ReadAsync(one) == 0) throw new EndOfStreamException();
            if (one[0] == '\n') return sb.ToString().TrimEnd('\r');
            sb.Append((char)one[0]);
        }
    }

    private void Dispatch(JsonObject message)
    {
        var method = (string?)message["method"];
        if (method is null)
        {
            // a response to one of our requests
            if (message["id"] is JsonValue v && v.TryGetValue<int>(out var id) && _pending.TryGetValue(id, out var tcs))
            {
                if (message["error"] is JsonNode error) tcs.TrySetException(new InvalidOperationException($"LSP error: {error.ToJsonString()}"));
                else tcs.TrySetResult(message["result"]);
            }
            return;
        }
        if (message["id"] is JsonNode requestId)
        {
            // a request from the server: answer it (each configuration section is empty, everything else gets a null result)
            JsonNode? result = method == "workspace/configuration" && message["params"]?["items"] is JsonArray items
                ? new JsonArray(items.Select(_ => (JsonNode?)new JsonObject()).ToArray())
                : null;
            _ = Send(new JsonObject { ["jsonrpc"] = "2.0", ["id"] = requestId.DeepClone(), ["result"] = result });
            return;
        }
        var text = method == "window/logMessage" ? (string?)message["params"]?["message"] : message["params"]?.ToJsonString();
        Log.Enqueue(method + ": " + text);
    }

    /// <summary>shutdown, then exit; the process is killed if it has not ended within <paramref name="timeout"/>.</summary>
    public async Task Shutdown(TimeSpan timeout)
    {
        try
        {
            if (!_process.HasExited)
            {
                await Request("shutdown", null, timeout);
                await Notify("exit", null);
                using var cts = new CancellationTokenSource(timeout);
                await _process.WaitForExitAsync(cts.Token);
            }
        }
        catch (Exception ex) when (ex is TimeoutException or OperationCanceledException or IOException or InvalidOperationException)
        {
            Log.Enqueue("shutdown: " + ex.Message + "; killing the server");
        }
        finally
        {
            if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
        await Task.WhenAny(_reader, Task.Delay(TimeSpan.FromSeconds(5)));
        _process.Dispose();
    }
}
