extension Node where Context: HTML.BodyContext {
    /// `<a>`.
    public static func a(_ nodes: Node<HTML.AnchorContext>...) -> Node { .known("a", nodes) }
    /// `<br>`.
    public static func br() -> Node { .known("br", [Node<Context>](), closing: .void) }
    /// `<button>`.
    public static func button(_ nodes: Node<HTML.ButtonContext>...) -> Node { .known("button", nodes) }
    /// `<code>`.
    public static func code(_ nodes: Node<HTML.BodyContext>...) -> Node { .known("code", nodes) }
    /// `<div>`, whose children keep the context of the enclosing element.
    public static func div(_ nodes: Node...) -> Node { .known("div", nodes) }
    /// `<dl>`.
    public static func dl(_ nodes: Node<HTML.DescriptionListContext>...) -> Node { .known("dl", nodes) }
    /// `<fieldset>`.
    public static func fieldset(_ nodes: Node<HTML.FormContext>...) -> Node { .known("fieldset", nodes) }
    /// `<footer>`.
    public static func footer(_ nodes: Node<HTML.BodyContext>...) -> Node { .known("footer", nodes) }
    /// `<form>`.
    public static func form(_ nodes: Node<HTML.FormContext>...) -> Node { .known("form", nodes) }
    /// `<h1>`.
    public static func h1(_ nodes: Node<HTML.BodyContext>...) -> Node { .known("h1", nodes) }
    /// `<h2>`.
    public static func h2(_ nodes: Node<HTML.BodyContext>...) -> Node { .known("h2", nodes) }
    /// `<h3>`.
    public static func h3(_ nodes: Node<HTML.BodyContext>...) -> Node { .known("h3", nodes) }
    /// `<h4>`.
    public static func h4(_ nodes: Node<HTML.BodyContext>...) -> Node { .known("h4", nodes) }
    /// `<header>`.
    public static func header(_ nodes: Node<HTML.BodyContext>...) -> Node { .known("header", nodes) }
    /// `<input>`.
    public static func input(_ attributes: Attribute<HTML.InputContext>...) -> Node { .input(attributes) }
    /// `<input>` with attributes computed at run time.
    public static func input(_ attributes: [Attribute<HTML.InputContext>]) -> Node {
        Node(.element(MarkupName(trusted: "input"), .void, attributes.map { $0.content }))
    }
    /// `<label>`.
    public static func label(_ nodes: Node<HTML.LabelContext>...) -> Node { .known("label", nodes) }
    /// `<main>`.
    public static func main(_ nodes: Node<HTML.BodyContext>...) -> Node { .known("main", nodes) }
    /// `<nav>`.
    public static func nav(_ nodes: Node<HTML.BodyContext>...) -> Node { .known("nav", nodes) }
    /// `<ol>`.
    public static func ol(_ nodes: Node<HTML.ListContext>...) -> Node { .known("ol", nodes) }
    /// `<p>`.
    public static func p(_ nodes: Node<HTML.BodyContext>...) -> Node { .known("p", nodes) }
    /// `<article>`: a self-contained piece (an application, a letter).
    public static func article(_ nodes: Node<HTML.BodyContext>...) -> Node { .known("article", nodes) }
    /// `<textarea>`: its text is the field's value.
    public static func textarea(_ nodes: Node<HTML.BodyContext>...) -> Node { .known("textarea", nodes) }
    /// `<section>`.
    public static func section(_ nodes: Node<HTML.BodyContext>...) -> Node { .known("section", nodes) }
    /// `<select>`.
    public static func select(_ nodes: Node<HTML.SelectContext>...) -> Node { .known("select", nodes) }
    /// `<span>`.
    public static func span(_ nodes: Node<HTML.BodyContext>...) -> Node { .known("span", nodes) }
    /// `<strong>`.
    public static func strong(_ nodes: Node<HTML.BodyContext>...) -> Node { .known("strong", nodes) }
    /// `<table>`.
    public static func table(_ nodes: Node<HTML.TableContext>...) -> Node { .known("table", nodes) }
    /// `<ul>`.
    public static func ul(_ nodes: Node<HTML.ListContext>...) -> Node { .known("ul", nodes) }
}

extension Node where Context == HTML.ListContext {
    /// `<li>`.
    public static func li(_ nodes: Node<HTML.BodyContext>...) -> Node { .known("li", nodes) }
}

extension Node where Context == HTML.DescriptionListContext {
    /// `<dt>`.
    public static func dt(_ nodes: Node<HTML.BodyContext>...) -> Node { .known("dt", nodes) }
    /// `<dd>`.
    public static func dd(_ nodes: Node<HTML.BodyContext>...) -> Node { .known("dd", nodes) }
}

extension Node where Context == HTML.SelectContext {
    /// `<option>`.
    public static func option(_ nodes: Node<HTML.OptionContext>...) -> Node { .known("option", nodes) }
}

extension Node where Context == HTML.TableContext {
    /// `<caption>`.
    public static func caption(_ nodes: Node<HTML.BodyContext>...) -> Node { .known("caption", nodes) }
    /// `<thead>`.
    public static func thead(_ nodes: Node<HTML.TableContext>...) -> Node { .known("thead", nodes) }
    /// `<tbody>`.
    public static func tbody(_ nodes: Node<HTML.TableContext>...) -> Node { .known("tbody", nodes) }
    /// `<tfoot>`.
    public static func tfoot(_ nodes: Node<HTML.TableContext>...) -> Node { .known("tfoot", nodes) }
    /// `<tr>`.
    public static func tr(_ nodes: Node<HTML.TableRowContext>...) -> Node { .known("tr", nodes) }
}

extension Node where Context == HTML.TableRowContext {
    /// `<th>`.
    public static func th(_ nodes: Node<HTML.BodyContext>...) -> Node { .known("th", nodes) }
    /// `<td>`.
    public static func td(_ nodes: Node<HTML.BodyContext>...) -> Node { .known("td", nodes) }
}
