// The contexts mirror Plot's, so that views written for Plot compile unchanged. Classes let an element that may
// hold body content (a form, a link, a button) offer every body element through inheritance.

/// Any context of an HTML document.
public protocol HTMLContext {}
/// Contexts whose element takes an `href` (`<a>`, `<link>`).
public protocol HTMLLinkableContext: HTMLContext {}
/// Contexts whose element takes a `name` (`<input>`, `<meta>`, `<button>`, `<select>`).
public protocol HTMLNamableContext: HTMLContext {}
/// Contexts whose element takes a `value` (`<input>`, `<button>`, `<option>`).
public protocol HTMLValueContext: HTMLContext {}
/// Contexts whose element takes a `src` (`<script>`).
public protocol HTMLSourceContext: HTMLContext {}

extension HTML {
    /// Inside `<html>`: `lang`, `<head>`, `<body>`.
    public enum DocumentContext: HTMLContext {}
    /// Inside `<head>`.
    public enum HeadContext: HTMLContext {}
    /// Inside `<body>` and any element that holds flow content.
    public class BodyContext: HTMLContext {}
    /// Inside `<a>`.
    public final class AnchorContext: BodyContext, HTMLLinkableContext {}
    /// Inside `<button>`.
    public final class ButtonContext: BodyContext, HTMLNamableContext, HTMLValueContext {}
    /// Inside `<form>` and `<fieldset>`.
    public final class FormContext: BodyContext {}
    /// Inside `<label>`.
    public final class LabelContext: BodyContext {}
    /// Inside `<details>`.
    public final class DetailsContext: BodyContext {}
    /// Inside `<ul>` and `<ol>`.
    public enum ListContext: HTMLContext {}
    /// Inside `<dl>`.
    public enum DescriptionListContext: HTMLContext {}
    /// Inside `<table>`, `<thead>`, `<tbody>` and `<tfoot>`.
    public enum TableContext: HTMLContext {}
    /// Inside `<tr>`.
    public enum TableRowContext: HTMLContext {}
    /// Inside `<select>`.
    public enum SelectContext: HTMLNamableContext {}
    /// Inside `<option>`.
    public enum OptionContext: HTMLValueContext {}
    /// The attributes of `<input>`.
    public enum InputContext: HTMLNamableContext, HTMLValueContext {}
    /// The attributes of `<meta>`.
    public enum MetaContext: HTMLNamableContext {}
    /// The attributes of `<link>`.
    public enum LinkContext: HTMLLinkableContext {}
    /// Inside `<script>`.
    public enum ScriptContext: HTMLSourceContext {}
}
