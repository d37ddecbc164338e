#pragma once

#include <QString>

#include <memory>

//! Real key presses on the X server the tests run on, through the XTEST
//! extension: they travel the same way as a user's (X server → xcb → Qt's
//! key mapping, shortcut map and ShortcutOverride), unlike
//! QTest::keyClick, which hands a ready QKeyEvent to a widget. A key goes
//! to the window that has the X input focus.
class X11Keyboard final
{
public:
    X11Keyboard();
    ~X11Keyboard();
    X11Keyboard(const X11Keyboard &) = delete;
    X11Keyboard &operator=(const X11Keyboard &) = delete;

    //! False (and error() says why) without an X server or without XTEST.
    bool isOpen() const;
    QString error() const { return m_error; }

    //! Presses and releases a combination written as X keysym names joined
    //! by '+', modifiers first: "Return", "ctrl+z", "alt+f", "shift+Right",
    //! "ctrl+shift+s". Returns false (error() says why) for an unknown key.
    bool press(const QString &combination);
    //! Types text character by character (Shift where the keymap needs it).
    bool type(const QString &text);

private:
    struct Key;
    bool send(const Key &key);
    bool keyFor(const QString &name, Key &key);

    struct Display;
    std::unique_ptr<Display> m_display;
    QString m_error;
};
