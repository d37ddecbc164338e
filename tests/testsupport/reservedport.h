#pragma once

#include <QUrl>
#include <QtGlobal>

namespace Coach::TestSupport {

//! A loopback port that provably refuses connections while it is held: a
//! socket bound to 127.0.0.1 (without SO_REUSEADDR) that does not listen.
//! Unlike a port that was listened on and released, no other test running
//! in parallel can take it meanwhile. takeListening() turns the same socket
//! into a listening one, for a server that "comes up late" on that port.
class ReservedPort final
{
public:
    ReservedPort();
    ~ReservedPort();
    ReservedPort(const ReservedPort &) = delete;
    ReservedPort &operator=(const ReservedPort &) = delete;

    bool isValid() const { return m_port != 0; }
    quint16 port() const { return m_port; }
    //! `http://127.0.0.1:<port>`
    QUrl url() const;
    //! Starts listening and hands the descriptor over (to
    //! QTcpServer::setSocketDescriptor, which then owns it); -1 on failure.
    qintptr takeListening();

private:
    int m_socket = -1;
    quint16 m_port = 0;
};

} // namespace Coach::TestSupport
