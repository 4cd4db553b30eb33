using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using TypedCorpus.Extraction;

namespace TypedCorpus.Generator
{
    /// <summary>A reason a <c>[CorpusFields]</c> declaration cannot be honoured, on the symbol to report it at (TC0018).</summary>
    public sealed class SchemaProblem
    {
        public SchemaProblem(ISymbol at, string message)
        {
            At = at;
            Message = message;
        }

        public ISymbol At { get; }

        public string Message { get; }
    }

    /// <summary>
    /// Reads a <c>[CorpusFields]</c> type into the value-equatable <see cref="FieldSchema"/> the generator caches, and lists what
    /// cannot be honoured (for the analyzer). Never throws for any declaration: what it cannot use is a problem, not a crash.
    /// </summary>
    public static class FieldSchemaReader
    {
        public const string AttributeName = "TypedCorpus.CorpusFieldsAttribute";

        private static readonly SymbolDisplayFormat Qualified = SymbolDisplayFormat.FullyQualifiedFormat
            .AddMiscellaneousOptions(SymbolDisplayMiscellaneousOptions.IncludeNullableReferenceTypeModifier);

        public const string SupportedTypes =
            "string, int, long, decimal, double, bool, DateOnly, Uri, an enum, their nullable forms, or IReadOnlyList<T> (or T[], ValueList<T>) of them";

        /// <summary><see cref="Read"/>, with an unexpected failure turned into an unusable schema and a problem on the type.</summary>
        public static (FieldSchema Schema, IReadOnlyList<SchemaProblem> Problems) ReadSafely(INamedTypeSymbol type, CancellationToken ct)
        {
            try { return Read(type, ct); }
            catch (OperationCanceledException) { throw; }
            catch (Exception ex)
            {
                return (new FieldSchema(type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat), type.Name, false, EquatableArray<FieldProperty>.Empty),
                    new[] { new SchemaProblem(type, $"TypedCorpus could not read '{type.Name}' ({ex.GetType().Name}: {ex.Message}); please report it") });
            }
        }

        public static (FieldSchema Schema, IReadOnlyList<SchemaProblem> Problems) Read(INamedTypeSymbol type, CancellationToken ct)
        {
            var problems = new List<SchemaProblem>();
            var name = type.Name;
            bool usable = true;
            void Refuse(string why) { usable = false; problems.Add(new SchemaProblem(type, $"'{name}' cannot hold the corpus fields: {why}")); }

            if (!type.IsRecord || type.TypeKind != TypeKind.Class) Refuse("[CorpusFields] needs a record class ('public sealed record " + name + "')");
            else if (type.IsAbstract) Refuse("the record is abstract");
            else if (type.IsGenericType) Refuse("the record is generic");
            else if (!Accessible(type)) Refuse("the record must be public or internal (and so must the types it is nested in)");
            else if (!type.InstanceConstructors.Any(c => c.Parameters.Length == 0 && c.DeclaredAccessibility is Accessibility.Public or Accessibility.Internal or Accessibility.ProtectedOrInternal))
                Refuse("it has no parameterless constructor; declare the fields as init properties, not as parameters of a positional record");

            var properties = new List<FieldProperty>();
            var keys = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var p in Properties(type))
            {
                ct.ThrowIfCancellationRequested();
                var field = Property(p, out var problem);
                if (problem is null && keys.TryGetValue(FieldSchema.Normalize(p.Name), out var other))
                    problem = $"its key '{field.Key}' is the key of property '{other}' too (keys ignore case, '-' and '_'); rename one";
                if (problem != null)
                {
                    problems.Add(new SchemaProblem(p, $"property '{name}.{p.Name}' cannot be a corpus field: {problem}"));
                    field = field with { Type = FieldType.Unsupported };
                }
                else keys[FieldSchema.Normalize(p.Name)] = p.Name;
                properties.Add(field);
            }
            var schema = new FieldSchema(type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat), name, usable, properties.ToEquatableArray());
            return (schema, problems);
        }

        /// <summary>Every instance property with a setter or init accessor, base record first, in declaration order.</summary>
        private static IEnumerable<IPropertySymbol> Properties(INamedTypeSymbol type)
        {
            var chain = new List<INamedTypeSymbol>();
            for (var t = type; t != null && t.SpecialType != SpecialType.System_Object; t = t.BaseType) chain.Insert(0, t);
            var seen = new HashSet<string>(StringComparer.Ordinal);
            var result = new List<IPropertySymbol>();
            foreach (var t in chain)
                foreach (var m in t.GetMembers().OfType<IPropertySymbol>())
                {
                    if (m.IsStatic || m.IsIndexer || m.SetMethod is null || m.Name == "EqualityContract") continue;
                    if (m.DeclaredAccessibility is not (Accessibility.Public or Accessibility.Internal)) continue;
                    if (m.SetMethod.DeclaredAccessibility is not (Accessibility.Public or Accessibility.Internal)) continue;
                    if (seen.Add(m.Name)) result.Add(m);
                    else result[result.FindIndex(x => x.Name == m.Name)] = m; // an override: the most derived declaration
                }
            return result;
        }

        private static FieldProperty Property(IPropertySymbol p, out string? problem)
        {
            problem = null;
            var type = p.Type;
            bool nullable = false;
            if (type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } n)
            {
                nullable = true;
                type = n.TypeArguments[0];
            }
            else if (type.IsReferenceType && p.NullableAnnotation == NullableAnnotation.Annotated) nullable = true;

            var list = ListShape.None;
            var element = type;
            if (type is IArrayTypeSymbol { Rank: 1 } array) { list = ListShape.Array; element = array.ElementType; }
            else if (type is INamedTypeSymbol { IsGenericType: true, TypeArguments.Length: 1 } g)
            {
                var def = g.OriginalDefinition.ToDisplayString();
                if (def == "System.Collections.Generic.IReadOnlyList<T>") list = ListShape.ReadOnlyList;
                else if (def == "TypedCorpus.ValueList<T>") list = ListShape.ValueList;
                if (list != ListShape.None) element = g.TypeArguments[0];
            }
            var kind = Scalar(element);
            var members = kind == FieldType.Enum
                ? element.GetMembers().OfType<IFieldSymbol>().Where(f => f.IsConst).Select(f => f.Name).ToEquatableArray()
                : EquatableArray<string>.Empty;
            if (kind == FieldType.Unsupported)
                problem = $"its type '{p.Type.ToDisplayString()}' is not supported; use {SupportedTypes}";
            else if (kind == FieldType.Enum && members.Count == 0)
                problem = $"the enum '{element.Name}' has no members";
            else if (kind == FieldType.Enum && !Accessible(element))
                problem = $"the enum '{element.Name}' must be public or internal";

            bool required = p.IsRequired || !nullable && !HasInitializer(p);
            return new FieldProperty(
                p.Name, FieldSchema.Kebab(p.Name), kind, list, nullable, required, p.IsRequired,
                p.Type.ToDisplayString(Qualified), element.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat),
                p.Type.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat.AddMiscellaneousOptions(SymbolDisplayMiscellaneousOptions.IncludeNullableReferenceTypeModifier)),
                members);
        }

        private static FieldType Scalar(ITypeSymbol t)
        {
            switch (t.SpecialType)
            {
                case SpecialType.System_String: return FieldType.String;
                case SpecialType.System_Int32: return FieldType.Int32;
                case SpecialType.System_Int64: return FieldType.Int64;
                case SpecialType.System_Decimal: return FieldType.Decimal;
                case SpecialType.System_Double: return FieldType.Double;
                case SpecialType.System_Boolean: return FieldType.Boolean;
            }
            if (t.TypeKind == TypeKind.Enum) return FieldType.Enum;
            var full = t.ContainingNamespace?.ToDisplayString() + "." + t.MetadataName;
            if (full == "System.DateOnly") return FieldType.Date;
            if (full == "System.Uri") return FieldType.Uri;
            return FieldType.Unsupported;
        }

        /// <summary>Whether the property is declared with an initializer (<c>= …</c>); a property of metadata counts as having one.</summary>
        private static bool HasInitializer(IPropertySymbol p)
        {
            if (p.DeclaringSyntaxReferences.Length == 0) return true;
            foreach (var r in p.DeclaringSyntaxReferences)
                if (r.GetSyntax() is PropertyDeclarationSyntax { Initializer: not null }) return true;
            return false;
        }

        private static bool Accessible(ITypeSymbol type)
        {
            for (ISymbol? t = type; t is INamedTypeSymbol; t = t.ContainingType)
                if (t.DeclaredAccessibility is not (Accessibility.Public or Accessibility.Internal)) return false;
            return true;
        }
    }
}
