package io.quire.account;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

@Component
class MemberDetailsService implements UserDetailsService {

    private final MemberRepository members;

    MemberDetailsService(MemberRepository members) {
        this.members = members;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        return members.findByUsername(username.strip())
                .map(MemberDetailsService::toUser)
                .orElseThrow(() -> new UsernameNotFoundException("No member " + username));
    }

    static QuireUser toUser(Member member) {
        return new QuireUser(member.getId(), member.getUsername(), member.getDisplayName(), member.getRole(),
                member.getPasswordHash(), member.getSuspendedUntil());
    }
}
