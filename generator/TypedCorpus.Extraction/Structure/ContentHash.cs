using System;
using System.Security.Cryptography;
using System.Text;

namespace TypedCorpus.Extraction.Structure
{
    /// <summary>The article's content hash (<see cref="ArticleModel.ContentHash"/>): of its normalised lines.</summary>
    internal static class ContentHash
    {
        private static ref byte[]? HashBuffer => ref Scratch.Current.HashBuffer;
        private static ref SHA256? HashAlgorithm => ref Scratch.Current.HashAlgorithm;

        /// <summary>
        /// The first 16 bytes, in lower-case hex, of the SHA-256 of the UTF-8 of the lines joined with "\n", encoded line by
        /// line (a line encodes alone as it does inside the joined text: "\n" never pairs with a surrogate).
        /// </summary>
        public static string Of(string[] lines)
        {
            long max = Math.Max(0, lines.Length - 1);
            foreach (var line in lines) max += Encoding.UTF8.GetMaxByteCount(line.Length);
            // an article of a few KB: its bytes are gathered in one per-thread buffer and hashed at once; a long one line by line
            byte[] digest = max <= 1 << 16 ? Buffered(lines) : Incremental(lines);
            var hex = new char[32];
            for (int k = 0; k < 16; k++)
            {
                hex[2 * k] = HexDigit(digest[k] >> 4);
                hex[2 * k + 1] = HexDigit(digest[k] & 15);
            }
            return new string(hex);
        }

        private static byte[] Buffered(string[] lines)
        {
            var buffer = HashBuffer ??= new byte[1 << 16];
            int n = 0;
            for (int i = 0; i < lines.Length; i++)
            {
                if (i > 0) buffer[n++] = (byte)'\n';
                n += Encoding.UTF8.GetBytes(lines[i], 0, lines[i].Length, buffer, n);
            }
            return (HashAlgorithm ??= SHA256.Create()).ComputeHash(buffer, 0, n);
        }

        /// <summary>A long article is hashed line by line (no buffer of its whole size).</summary>
        private static byte[] Incremental(string[] lines)
        {
            using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            var newline = new[] { (byte)'\n' };
            byte[] lineBytes = new byte[256];
            for (int i = 0; i < lines.Length; i++)
            {
                if (i > 0) sha.AppendData(newline);
                int lineMax = Encoding.UTF8.GetMaxByteCount(lines[i].Length);
                if (lineBytes.Length < lineMax) lineBytes = new byte[lineMax];
                sha.AppendData(lineBytes, 0, Encoding.UTF8.GetBytes(lines[i], 0, lines[i].Length, lineBytes, 0));
            }
            return sha.GetHashAndReset();
        }

        private static char HexDigit(int v) => (char)(v < 10 ? '0' + v : 'a' + v - 10);
    }
}
