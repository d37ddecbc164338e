#include "reservedport.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>
#include <utility>

using namespace Qt::StringLiterals;

namespace Coach::TestSupport {

ReservedPort::ReservedPort() : m_socket(::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0))
{
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    address.sin_port = 0;
    socklen_t length = sizeof(address);
    auto *generic = reinterpret_cast<sockaddr *>(&address);
    if (m_socket < 0 || ::bind(m_socket, generic, sizeof(address)) != 0
        || ::getsockname(m_socket, generic, &length) != 0)
        return;
    m_port = ntohs(address.sin_port);
}

ReservedPort::~ReservedPort()
{
    if (m_socket >= 0)
        ::close(m_socket);
}

QUrl ReservedPort::url() const
{
    return QUrl(u"http://127.0.0.1:%1"_s.arg(m_port));
}

qintptr ReservedPort::takeListening()
{
    if (m_socket < 0 || ::listen(m_socket, SOMAXCONN) != 0)
        return -1;
    return std::exchange(m_socket, -1);
}

} // namespace Coach::TestSupport
