#include "x11keyboard.h"

#include <QHash>
#include <QList>
#include <QStringList>

#include <X11/XKBlib.h>
#include <X11/Xlib.h>
#include <X11/extensions/XTest.h>
#include <X11/keysym.h>

using namespace Qt::StringLiterals;

struct X11Keyboard::Display
{
    ::Display *handle = nullptr;
};

struct X11Keyboard::Key
{
    QList<KeyCode> modifiers;
    KeyCode code = 0;
};

namespace {

// Names for the characters type() sends that are not their own keysym name.
QString keysymName(QChar ch)
{
    static const QHash<QChar, QString> names{
        {u' ', u"space"_s},       {u'/', u"slash"_s},        {u'.', u"period"_s},
        {u',', u"comma"_s},       {u'-', u"minus"_s},        {u'_', u"underscore"_s},
        {u'?', u"question"_s},    {u'!', u"exclam"_s},       {u'\'', u"apostrophe"_s},
        {u'"', u"quotedbl"_s},    {u'{', u"braceleft"_s},    {u'}', u"braceright"_s},
        {u'[', u"bracketleft"_s}, {u']', u"bracketright"_s}, {u'(', u"parenleft"_s},
        {u')', u"parenright"_s},  {u':', u"colon"_s},        {u'+', u"plus"_s},
        {u'=', u"equal"_s},       {u'@', u"at"_s},           {u'\n', u"Return"_s}};
    return names.value(ch, QString(ch));
}

} // namespace

X11Keyboard::X11Keyboard() : m_display(std::make_unique<Display>())
{
    m_display->handle = XOpenDisplay(nullptr);
    if (!m_display->handle) {
        m_error = u"cannot open the X display '%1'"_s.arg(qEnvironmentVariable("DISPLAY"));
        return;
    }
    int event = 0, error = 0, major = 0, minor = 0;
    if (!XTestQueryExtension(m_display->handle, &event, &error, &major, &minor)) {
        m_error = u"the X server has no XTEST extension"_s;
        XCloseDisplay(m_display->handle);
        m_display->handle = nullptr;
    }
}

X11Keyboard::~X11Keyboard()
{
    if (m_display->handle)
        XCloseDisplay(m_display->handle);
}

bool X11Keyboard::isOpen() const
{
    return m_display->handle != nullptr;
}

bool X11Keyboard::keyFor(const QString &name, Key &key)
{
    static const QHash<QString, QString> modifiers{
        {u"ctrl"_s, u"Control_L"_s}, {u"shift"_s, u"Shift_L"_s}, {u"alt"_s, u"Alt_L"_s}};
    const QStringList parts = name.split(u'+', Qt::SkipEmptyParts);
    if (parts.isEmpty()) {
        m_error = u"empty key name"_s;
        return false;
    }
    for (const QString &part : parts) {
        const QString symbolName = modifiers.value(part.toLower(), part);
        const KeySym symbol = XStringToKeysym(symbolName.toLatin1().constData());
        const KeyCode code = symbol == NoSymbol ? 0 : XKeysymToKeycode(m_display->handle, symbol);
        if (code == 0) {
            m_error = u"no key for '%1' in the X keymap"_s.arg(part);
            return false;
        }
        if (&part != &parts.constLast()) {
            key.modifiers.append(code);
            continue;
        }
        key.code = code;
        // A symbol on the shifted level (uppercase, '?') needs Shift.
        if (XkbKeycodeToKeysym(m_display->handle, code, 0, 0) != symbol
            && XkbKeycodeToKeysym(m_display->handle, code, 0, 1) == symbol)
            key.modifiers.append(XKeysymToKeycode(m_display->handle, XK_Shift_L));
    }
    return true;
}

bool X11Keyboard::send(const Key &key)
{
    ::Display *display = m_display->handle;
    for (KeyCode modifier : key.modifiers)
        XTestFakeKeyEvent(display, modifier, True, CurrentTime);
    XTestFakeKeyEvent(display, key.code, True, CurrentTime);
    XTestFakeKeyEvent(display, key.code, False, CurrentTime);
    for (auto it = key.modifiers.crbegin(); it != key.modifiers.crend(); ++it)
        XTestFakeKeyEvent(display, *it, False, CurrentTime);
    XSync(display, False);
    return true;
}

bool X11Keyboard::press(const QString &combination)
{
    if (!isOpen())
        return false;
    Key key;
    return keyFor(combination, key) && send(key);
}

bool X11Keyboard::type(const QString &text)
{
    if (!isOpen())
        return false;
    for (const QChar ch : text) {
        Key key;
        if (!keyFor(keysymName(ch), key) || !send(key))
            return false;
    }
    return true;
}
