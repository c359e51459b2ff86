/// The language of a page.
public enum Language: String, Sendable {
    case french = "fr"
}

/// The character encoding of a page.
public enum DocumentEncoding: String, Sendable {
    case utf8 = "UTF-8"
}

/// The method of a form.
public enum HTMLFormMethod: String, Sendable {
    case get, post
}

/// How a form sends its fields.
public enum HTMLFormEncoding: String, Sendable {
    case urlEncoded = "application/x-www-form-urlencoded"
    case multipartData = "multipart/form-data"
}

/// The type of a button.
public enum HTMLButtonType: String, Sendable {
    case submit, button, reset
}

/// The type of an input.
public enum HTMLInputType: String, Sendable {
    case checkbox, date, email, hidden, month, number, password, radio, search, tel, text, time, url
}

/// The relationship of a `<link>`.
public enum HTMLLinkRelationship: String, Sendable {
    case stylesheet
    case icon
}
