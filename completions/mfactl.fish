# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_mfactl_global_optspecs
    string join \n db= config= json y/yes q/quiet v/verbose actor= h/help V/version
end

function __fish_mfactl_needs_command
    # Figure out if the current invocation already has a command.
    set -l cmd (commandline -opc)
    set -e cmd[1]
    argparse -s (__fish_mfactl_global_optspecs) -- $cmd 2>/dev/null
    or return
    if set -q argv[1]
        # Also print the command, so this can be used to figure out what it is.
        echo $argv[1]
        return 1
    end
    return 0
end

function __fish_mfactl_using_subcommand
    set -l cmd (__fish_mfactl_needs_command)
    test -z "$cmd"
    and return 1
    contains -- $cmd[1] $argv
end

complete -c mfactl -n "__fish_mfactl_needs_command" -l db -d 'The database file [default: the platform\'s data directory]' -r -F
complete -c mfactl -n "__fish_mfactl_needs_command" -l config -d 'The config file [default: the platform\'s config directory]' -r -F
complete -c mfactl -n "__fish_mfactl_needs_command" -l actor -d 'Who is acting, for the audit log [default: the environment\'s user]' -r
complete -c mfactl -n "__fish_mfactl_needs_command" -l json -d 'Print one JSON document on stdout instead of tables'
complete -c mfactl -n "__fish_mfactl_needs_command" -s y -l yes -d 'Confirm destructive commands without asking (needed without a terminal)'
complete -c mfactl -n "__fish_mfactl_needs_command" -s q -l quiet -d 'Print nothing but results and errors'
complete -c mfactl -n "__fish_mfactl_needs_command" -s v -l verbose -d 'Log what is done to stderr (-vv for more); never secrets'
complete -c mfactl -n "__fish_mfactl_needs_command" -s h -l help -d 'Print help'
complete -c mfactl -n "__fish_mfactl_needs_command" -s V -l version -d 'Print version'
complete -c mfactl -n "__fish_mfactl_needs_command" -f -a "init" -d 'Create the database and its key file (safe to run again)'
complete -c mfactl -n "__fish_mfactl_needs_command" -f -a "policy" -d 'Show or change the MFA policy'
complete -c mfactl -n "__fish_mfactl_needs_command" -f -a "user" -d 'Add, import, list, change and remove users'
complete -c mfactl -n "__fish_mfactl_needs_command" -f -a "mfa" -d 'Enrol authenticator apps, show MFA status, reset lost authenticators'
complete -c mfactl -n "__fish_mfactl_needs_command" -f -a "emergency-code" -d 'Create a one-time emergency code for a user without their phone'
complete -c mfactl -n "__fish_mfactl_needs_command" -f -a "device" -d 'List and revoke the devices users sign in from'
complete -c mfactl -n "__fish_mfactl_needs_command" -f -a "subscriber" -d 'Manage web subscribers and their MFA bypass'
complete -c mfactl -n "__fish_mfactl_needs_command" -f -a "signin" -d 'Walk a user\'s sign-in: interactively on a terminal, or one step per call'
complete -c mfactl -n "__fish_mfactl_needs_command" -f -a "verify" -d 'Check a code for a user: exit 0 when accepted, 3 when rejected'
complete -c mfactl -n "__fish_mfactl_needs_command" -f -a "doctor" -d 'Report configuration errors and risks (exit 1 when an error is found)'
complete -c mfactl -n "__fish_mfactl_needs_command" -f -a "audit" -d 'Show the audit log, newest first'
complete -c mfactl -n "__fish_mfactl_needs_command" -f -a "key" -d 'Show or rotate the key that seals secrets'
complete -c mfactl -n "__fish_mfactl_needs_command" -f -a "completions" -d 'Print a shell completion script'
complete -c mfactl -n "__fish_mfactl_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c mfactl -n "__fish_mfactl_using_subcommand init" -l issuer -d 'Account name shown in authenticator apps' -r
complete -c mfactl -n "__fish_mfactl_using_subcommand init" -l db -d 'The database file [default: the platform\'s data directory]' -r -F
complete -c mfactl -n "__fish_mfactl_using_subcommand init" -l config -d 'The config file [default: the platform\'s config directory]' -r -F
complete -c mfactl -n "__fish_mfactl_using_subcommand init" -l actor -d 'Who is acting, for the audit log [default: the environment\'s user]' -r
complete -c mfactl -n "__fish_mfactl_using_subcommand init" -l sample-data -d 'Load about 50 example users (examples/users.csv)'
complete -c mfactl -n "__fish_mfactl_using_subcommand init" -l json -d 'Print one JSON document on stdout instead of tables'
complete -c mfactl -n "__fish_mfactl_using_subcommand init" -s y -l yes -d 'Confirm destructive commands without asking (needed without a terminal)'
complete -c mfactl -n "__fish_mfactl_using_subcommand init" -s q -l quiet -d 'Print nothing but results and errors'
complete -c mfactl -n "__fish_mfactl_using_subcommand init" -s v -l verbose -d 'Log what is done to stderr (-vv for more); never secrets'
complete -c mfactl -n "__fish_mfactl_using_subcommand init" -s h -l help -d 'Print help'
complete -c mfactl -n "__fish_mfactl_using_subcommand init" -s V -l version -d 'Print version'
complete -c mfactl -n "__fish_mfactl_using_subcommand policy; and not __fish_seen_subcommand_from show set exempt help" -l db -d 'The database file [default: the platform\'s data directory]' -r -F
complete -c mfactl -n "__fish_mfactl_using_subcommand policy; and not __fish_seen_subcommand_from show set exempt help" -l config -d 'The config file [default: the platform\'s config directory]' -r -F
complete -c mfactl -n "__fish_mfactl_using_subcommand policy; and not __fish_seen_subcommand_from show set exempt help" -l actor -d 'Who is acting, for the audit log [default: the environment\'s user]' -r
complete -c mfactl -n "__fish_mfactl_using_subcommand policy; and not __fish_seen_subcommand_from show set exempt help" -l json -d 'Print one JSON document on stdout instead of tables'
complete -c mfactl -n "__fish_mfactl_using_subcommand policy; and not __fish_seen_subcommand_from show set exempt help" -s y -l yes -d 'Confirm destructive commands without asking (needed without a terminal)'
complete -c mfactl -n "__fish_mfactl_using_subcommand policy; and not __fish_seen_subcommand_from show set exempt help" -s q -l quiet -d 'Print nothing but results and errors'
complete -c mfactl -n "__fish_mfactl_using_subcommand policy; and not __fish_seen_subcommand_from show set exempt help" -s v -l verbose -d 'Log what is done to stderr (-vv for more); never secrets'
complete -c mfactl -n "__fish_mfactl_using_subcommand policy; and not __fish_seen_subcommand_from show set exempt help" -s h -l help -d 'Print help'
complete -c mfactl -n "__fish_mfactl_using_subcommand policy; and not __fish_seen_subcommand_from show set exempt help" -s V -l version -d 'Print version'
complete -c mfactl -n "__fish_mfactl_using_subcommand policy; and not __fish_seen_subcommand_from show set exempt help" -f -a "show" -d 'Show the policy'
complete -c mfactl -n "__fish_mfactl_using_subcommand policy; and not __fish_seen_subcommand_from show set exempt help" -f -a "set" -d 'Change settings; out-of-range values are refused and change nothing'
complete -c mfactl -n "__fish_mfactl_using_subcommand policy; and not __fish_seen_subcommand_from show set exempt help" -f -a "exempt" -d 'Roles whose users never get an MFA prompt'
complete -c mfactl -n "__fish_mfactl_using_subcommand policy; and not __fish_seen_subcommand_from show set exempt help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c mfactl -n "__fish_mfactl_using_subcommand policy; and __fish_seen_subcommand_from show" -l db -d 'The database file [default: the platform\'s data directory]' -r -F
complete -c mfactl -n "__fish_mfactl_using_subcommand policy; and __fish_seen_subcommand_from show" -l config -d 'The config file [default: the platform\'s config directory]' -r -F
complete -c mfactl -n "__fish_mfactl_using_subcommand policy; and __fish_seen_subcommand_from show" -l actor -d 'Who is acting, for the audit log [default: the environment\'s user]' -r
complete -c mfactl -n "__fish_mfactl_using_subcommand policy; and __fish_seen_subcommand_from show" -l json -d 'Print one JSON document on stdout instead of tables'
complete -c mfactl -n "__fish_mfactl_using_subcommand policy; and __fish_seen_subcommand_from show" -s y -l yes -d 'Confirm destructive commands without asking (needed without a terminal)'
complete -c mfactl -n "__fish_mfactl_using_subcommand policy; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print nothing but results and errors'
complete -c mfactl -n "__fish_mfactl_using_subcommand policy; and __fish_seen_subcommand_from show" -s v -l verbose -d 'Log what is done to stderr (-vv for more); never secrets'
complete -c mfactl -n "__fish_mfactl_using_subcommand policy; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c mfactl -n "__fish_mfactl_using_subcommand policy; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c mfactl -n "__fish_mfactl_using_subcommand policy; and __fish_seen_subcommand_from set" -l enabled -d 'Demand MFA at sign-in' -r -f -a "on\t'Turn it on'
off\t'Turn it off'"
complete -c mfactl -n "__fish_mfactl_using_subcommand policy; and __fish_seen_subcommand_from set" -l method -d 'How the second factor is given' -r -f -a "app\t'Authenticator app (TOTP)'
email\t'Emailed code'"
complete -c mfactl -n "__fish_mfactl_using_subcommand policy; and __fish_seen_subcommand_from set" -l remember-days -d 'Days a device may skip MFA after "remember" (0-365, 0 turns it off)' -r
complete -c mfactl -n "__fish_mfactl_using_subcommand policy; and __fish_seen_subcommand_from set" -l email-code-minutes -d 'Lifetime of an emailed sign-in code (1-60)' -r
complete -c mfactl -n "__fish_mfactl_using_subcommand policy; and __fish_seen_subcommand_from set" -l emergency-code-minutes -d 'Lifetime of an emergency code (1-60)' -r
complete -c mfactl -n "__fish_mfactl_using_subcommand policy; and __fish_seen_subcommand_from set" -l device-authorisation -d 'Authorise each new device once by emailed code' -r -f -a "on\t'Turn it on'
off\t'Turn it off'"
complete -c mfactl -n "__fish_mfactl_using_subcommand policy; and __fish_seen_subcommand_from set" -l admin-local-only -d 'Web administration pages reachable from the server only' -r -f -a "on\t'Turn it on'
off\t'Turn it off'"
complete -c mfactl -n "__fish_mfactl_using_subcommand policy; and __fish_seen_subcommand_from set" -l issuer -d 'Account name shown in authenticator apps' -r
complete -c mfactl -n "__fish_mfactl_using_subcommand policy; and __fish_seen_subcommand_from set" -l code-max-attempts -d 'Wrong tries a code accepts before it is void (1-20)' -r
complete -c mfactl -n "__fish_mfactl_using_subcommand policy; and __fish_seen_subcommand_from set" -l lockout-failures -d 'Failures in a row that lock a user (1-100)' -r
complete -c mfactl -n "__fish_mfactl_using_subcommand policy; and __fish_seen_subcommand_from set" -l lockout-minutes -d 'Minutes a lock lasts (1-1440)' -r
complete -c mfactl -n "__fish_mfactl_using_subcommand policy; and __fish_seen_subcommand_from set" -l db -d 'The database file [default: the platform\'s data directory]' -r -F
complete -c mfactl -n "__fish_mfactl_using_subcommand policy; and __fish_seen_subcommand_from set" -l config -d 'The config file [default: the platform\'s config directory]' -r -F
complete -c mfactl -n "__fish_mfactl_using_subcommand policy; and __fish_seen_subcommand_from set" -l actor -d 'Who is acting, for the audit log [default: the environment\'s user]' -r
complete -c mfactl -n "__fish_mfactl_using_subcommand policy; and __fish_seen_subcommand_from set" -l json -d 'Print one JSON document on stdout instead of tables'
complete -c mfactl -n "__fish_mfactl_using_subcommand policy; and __fish_seen_subcommand_from set" -s y -l yes -d 'Confirm destructive commands without asking (needed without a terminal)'
complete -c mfactl -n "__fish_mfactl_using_subcommand policy; and __fish_seen_subcommand_from set" -s q -l quiet -d 'Print nothing but results and errors'
complete -c mfactl -n "__fish_mfactl_using_subcommand policy; and __fish_seen_subcommand_from set" -s v -l verbose -d 'Log what is done to stderr (-vv for more); never secrets'
complete -c mfactl -n "__fish_mfactl_using_subcommand policy; and __fish_seen_subcommand_from set" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mfactl -n "__fish_mfactl_using_subcommand policy; and __fish_seen_subcommand_from set" -s V -l version -d 'Print version'
complete -c mfactl -n "__fish_mfactl_using_subcommand policy; and __fish_seen_subcommand_from exempt" -l db -d 'The database file [default: the platform\'s data directory]' -r -F
complete -c mfactl -n "__fish_mfactl_using_subcommand policy; and __fish_seen_subcommand_from exempt" -l config -d 'The config file [default: the platform\'s config directory]' -r -F
complete -c mfactl -n "__fish_mfactl_using_subcommand policy; and __fish_seen_subcommand_from exempt" -l actor -d 'Who is acting, for the audit log [default: the environment\'s user]' -r
complete -c mfactl -n "__fish_mfactl_using_subcommand policy; and __fish_seen_subcommand_from exempt" -l json -d 'Print one JSON document on stdout instead of tables'
complete -c mfactl -n "__fish_mfactl_using_subcommand policy; and __fish_seen_subcommand_from exempt" -s y -l yes -d 'Confirm destructive commands without asking (needed without a terminal)'
complete -c mfactl -n "__fish_mfactl_using_subcommand policy; and __fish_seen_subcommand_from exempt" -s q -l quiet -d 'Print nothing but results and errors'
complete -c mfactl -n "__fish_mfactl_using_subcommand policy; and __fish_seen_subcommand_from exempt" -s v -l verbose -d 'Log what is done to stderr (-vv for more); never secrets'
complete -c mfactl -n "__fish_mfactl_using_subcommand policy; and __fish_seen_subcommand_from exempt" -s h -l help -d 'Print help'
complete -c mfactl -n "__fish_mfactl_using_subcommand policy; and __fish_seen_subcommand_from exempt" -s V -l version -d 'Print version'
complete -c mfactl -n "__fish_mfactl_using_subcommand policy; and __fish_seen_subcommand_from exempt" -f -a "add" -d 'Exempt roles from MFA'
complete -c mfactl -n "__fish_mfactl_using_subcommand policy; and __fish_seen_subcommand_from exempt" -f -a "remove" -d 'End roles\' exemption'
complete -c mfactl -n "__fish_mfactl_using_subcommand policy; and __fish_seen_subcommand_from exempt" -f -a "list" -d 'List exempt roles'
complete -c mfactl -n "__fish_mfactl_using_subcommand policy; and __fish_seen_subcommand_from exempt" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c mfactl -n "__fish_mfactl_using_subcommand policy; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show the policy'
complete -c mfactl -n "__fish_mfactl_using_subcommand policy; and __fish_seen_subcommand_from help" -f -a "set" -d 'Change settings; out-of-range values are refused and change nothing'
complete -c mfactl -n "__fish_mfactl_using_subcommand policy; and __fish_seen_subcommand_from help" -f -a "exempt" -d 'Roles whose users never get an MFA prompt'
complete -c mfactl -n "__fish_mfactl_using_subcommand policy; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c mfactl -n "__fish_mfactl_using_subcommand user; and not __fish_seen_subcommand_from add import list show set remove passwd unlock help" -l db -d 'The database file [default: the platform\'s data directory]' -r -F
complete -c mfactl -n "__fish_mfactl_using_subcommand user; and not __fish_seen_subcommand_from add import list show set remove passwd unlock help" -l config -d 'The config file [default: the platform\'s config directory]' -r -F
complete -c mfactl -n "__fish_mfactl_using_subcommand user; and not __fish_seen_subcommand_from add import list show set remove passwd unlock help" -l actor -d 'Who is acting, for the audit log [default: the environment\'s user]' -r
complete -c mfactl -n "__fish_mfactl_using_subcommand user; and not __fish_seen_subcommand_from add import list show set remove passwd unlock help" -l json -d 'Print one JSON document on stdout instead of tables'
complete -c mfactl -n "__fish_mfactl_using_subcommand user; and not __fish_seen_subcommand_from add import list show set remove passwd unlock help" -s y -l yes -d 'Confirm destructive commands without asking (needed without a terminal)'
complete -c mfactl -n "__fish_mfactl_using_subcommand user; and not __fish_seen_subcommand_from add import list show set remove passwd unlock help" -s q -l quiet -d 'Print nothing but results and errors'
complete -c mfactl -n "__fish_mfactl_using_subcommand user; and not __fish_seen_subcommand_from add import list show set remove passwd unlock help" -s v -l verbose -d 'Log what is done to stderr (-vv for more); never secrets'
complete -c mfactl -n "__fish_mfactl_using_subcommand user; and not __fish_seen_subcommand_from add import list show set remove passwd unlock help" -s h -l help -d 'Print help'
complete -c mfactl -n "__fish_mfactl_using_subcommand user; and not __fish_seen_subcommand_from add import list show set remove passwd unlock help" -s V -l version -d 'Print version'
complete -c mfactl -n "__fish_mfactl_using_subcommand user; and not __fish_seen_subcommand_from add import list show set remove passwd unlock help" -f -a "add" -d 'Add a user'
complete -c mfactl -n "__fish_mfactl_using_subcommand user; and not __fish_seen_subcommand_from add import list show set remove passwd unlock help" -f -a "import" -d 'Import users from CSV (user_id,name,email,role[,password_hash]); all or none'
complete -c mfactl -n "__fish_mfactl_using_subcommand user; and not __fish_seen_subcommand_from add import list show set remove passwd unlock help" -f -a "list" -d 'List users'
complete -c mfactl -n "__fish_mfactl_using_subcommand user; and not __fish_seen_subcommand_from add import list show set remove passwd unlock help" -f -a "show" -d 'Show one user'
complete -c mfactl -n "__fish_mfactl_using_subcommand user; and not __fish_seen_subcommand_from add import list show set remove passwd unlock help" -f -a "set" -d 'Change a user\'s name, email, role or enabled flag'
complete -c mfactl -n "__fish_mfactl_using_subcommand user; and not __fish_seen_subcommand_from add import list show set remove passwd unlock help" -f -a "remove" -d 'Remove a user with their authenticator and devices'
complete -c mfactl -n "__fish_mfactl_using_subcommand user; and not __fish_seen_subcommand_from add import list show set remove passwd unlock help" -f -a "passwd" -d 'Set a user\'s password (ends remembered MFA on all their devices)'
complete -c mfactl -n "__fish_mfactl_using_subcommand user; and not __fish_seen_subcommand_from add import list show set remove passwd unlock help" -f -a "unlock" -d 'Lift a user\'s lock after too many failures'
complete -c mfactl -n "__fish_mfactl_using_subcommand user; and not __fish_seen_subcommand_from add import list show set remove passwd unlock help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c mfactl -n "__fish_mfactl_using_subcommand user; and __fish_seen_subcommand_from add" -l name -d 'Display name [default: the user id]' -r
complete -c mfactl -n "__fish_mfactl_using_subcommand user; and __fish_seen_subcommand_from add" -l email -d 'Email address (needed for emailed codes)' -r
complete -c mfactl -n "__fish_mfactl_using_subcommand user; and __fish_seen_subcommand_from add" -l role -d 'Role name' -r
complete -c mfactl -n "__fish_mfactl_using_subcommand user; and __fish_seen_subcommand_from add" -l db -d 'The database file [default: the platform\'s data directory]' -r -F
complete -c mfactl -n "__fish_mfactl_using_subcommand user; and __fish_seen_subcommand_from add" -l config -d 'The config file [default: the platform\'s config directory]' -r -F
complete -c mfactl -n "__fish_mfactl_using_subcommand user; and __fish_seen_subcommand_from add" -l actor -d 'Who is acting, for the audit log [default: the environment\'s user]' -r
complete -c mfactl -n "__fish_mfactl_using_subcommand user; and __fish_seen_subcommand_from add" -l password-stdin -d 'Read the password from the first line of stdin'
complete -c mfactl -n "__fish_mfactl_using_subcommand user; and __fish_seen_subcommand_from add" -l json -d 'Print one JSON document on stdout instead of tables'
complete -c mfactl -n "__fish_mfactl_using_subcommand user; and __fish_seen_subcommand_from add" -s y -l yes -d 'Confirm destructive commands without asking (needed without a terminal)'
complete -c mfactl -n "__fish_mfactl_using_subcommand user; and __fish_seen_subcommand_from add" -s q -l quiet -d 'Print nothing but results and errors'
complete -c mfactl -n "__fish_mfactl_using_subcommand user; and __fish_seen_subcommand_from add" -s v -l verbose -d 'Log what is done to stderr (-vv for more); never secrets'
complete -c mfactl -n "__fish_mfactl_using_subcommand user; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help'
complete -c mfactl -n "__fish_mfactl_using_subcommand user; and __fish_seen_subcommand_from add" -s V -l version -d 'Print version'
complete -c mfactl -n "__fish_mfactl_using_subcommand user; and __fish_seen_subcommand_from import" -l db -d 'The database file [default: the platform\'s data directory]' -r -F
complete -c mfactl -n "__fish_mfactl_using_subcommand user; and __fish_seen_subcommand_from import" -l config -d 'The config file [default: the platform\'s config directory]' -r -F
complete -c mfactl -n "__fish_mfactl_using_subcommand user; and __fish_seen_subcommand_from import" -l actor -d 'Who is acting, for the audit log [default: the environment\'s user]' -r
complete -c mfactl -n "__fish_mfactl_using_subcommand user; and __fish_seen_subcommand_from import" -l json -d 'Print one JSON document on stdout instead of tables'
complete -c mfactl -n "__fish_mfactl_using_subcommand user; and __fish_seen_subcommand_from import" -s y -l yes -d 'Confirm destructive commands without asking (needed without a terminal)'
complete -c mfactl -n "__fish_mfactl_using_subcommand user; and __fish_seen_subcommand_from import" -s q -l quiet -d 'Print nothing but results and errors'
complete -c mfactl -n "__fish_mfactl_using_subcommand user; and __fish_seen_subcommand_from import" -s v -l verbose -d 'Log what is done to stderr (-vv for more); never secrets'
complete -c mfactl -n "__fish_mfactl_using_subcommand user; and __fish_seen_subcommand_from import" -s h -l help -d 'Print help'
complete -c mfactl -n "__fish_mfactl_using_subcommand user; and __fish_seen_subcommand_from import" -s V -l version -d 'Print version'
complete -c mfactl -n "__fish_mfactl_using_subcommand user; and __fish_seen_subcommand_from list" -l role -d 'Only users of this role' -r
complete -c mfactl -n "__fish_mfactl_using_subcommand user; and __fish_seen_subcommand_from list" -l db -d 'The database file [default: the platform\'s data directory]' -r -F
complete -c mfactl -n "__fish_mfactl_using_subcommand user; and __fish_seen_subcommand_from list" -l config -d 'The config file [default: the platform\'s config directory]' -r -F
complete -c mfactl -n "__fish_mfactl_using_subcommand user; and __fish_seen_subcommand_from list" -l actor -d 'Who is acting, for the audit log [default: the environment\'s user]' -r
complete -c mfactl -n "__fish_mfactl_using_subcommand user; and __fish_seen_subcommand_from list" -l json -d 'Print one JSON document on stdout instead of tables'
complete -c mfactl -n "__fish_mfactl_using_subcommand user; and __fish_seen_subcommand_from list" -s y -l yes -d 'Confirm destructive commands without asking (needed without a terminal)'
complete -c mfactl -n "__fish_mfactl_using_subcommand user; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print nothing but results and errors'
complete -c mfactl -n "__fish_mfactl_using_subcommand user; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Log what is done to stderr (-vv for more); never secrets'
complete -c mfactl -n "__fish_mfactl_using_subcommand user; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c mfactl -n "__fish_mfactl_using_subcommand user; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c mfactl -n "__fish_mfactl_using_subcommand user; and __fish_seen_subcommand_from show" -l db -d 'The database file [default: the platform\'s data directory]' -r -F
complete -c mfactl -n "__fish_mfactl_using_subcommand user; and __fish_seen_subcommand_from show" -l config -d 'The config file [default: the platform\'s config directory]' -r -F
complete -c mfactl -n "__fish_mfactl_using_subcommand user; and __fish_seen_subcommand_from show" -l actor -d 'Who is acting, for the audit log [default: the environment\'s user]' -r
complete -c mfactl -n "__fish_mfactl_using_subcommand user; and __fish_seen_subcommand_from show" -l json -d 'Print one JSON document on stdout instead of tables'
complete -c mfactl -n "__fish_mfactl_using_subcommand user; and __fish_seen_subcommand_from show" -s y -l yes -d 'Confirm destructive commands without asking (needed without a terminal)'
complete -c mfactl -n "__fish_mfactl_using_subcommand user; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print nothing but results and errors'
complete -c mfactl -n "__fish_mfactl_using_subcommand user; and __fish_seen_subcommand_from show" -s v -l verbose -d 'Log what is done to stderr (-vv for more); never secrets'
complete -c mfactl -n "__fish_mfactl_using_subcommand user; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c mfactl -n "__fish_mfactl_using_subcommand user; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c mfactl -n "__fish_mfactl_using_subcommand user; and __fish_seen_subcommand_from set" -l name -d 'New display name' -r
complete -c mfactl -n "__fish_mfactl_using_subcommand user; and __fish_seen_subcommand_from set" -l email -d 'New email address' -r
complete -c mfactl -n "__fish_mfactl_using_subcommand user; and __fish_seen_subcommand_from set" -l role -d 'New role' -r
complete -c mfactl -n "__fish_mfactl_using_subcommand user; and __fish_seen_subcommand_from set" -l enabled -d 'Allow or stop sign-in' -r -f -a "on\t'Turn it on'
off\t'Turn it off'"
complete -c mfactl -n "__fish_mfactl_using_subcommand user; and __fish_seen_subcommand_from set" -l db -d 'The database file [default: the platform\'s data directory]' -r -F
complete -c mfactl -n "__fish_mfactl_using_subcommand user; and __fish_seen_subcommand_from set" -l config -d 'The config file [default: the platform\'s config directory]' -r -F
complete -c mfactl -n "__fish_mfactl_using_subcommand user; and __fish_seen_subcommand_from set" -l actor -d 'Who is acting, for the audit log [default: the environment\'s user]' -r
complete -c mfactl -n "__fish_mfactl_using_subcommand user; and __fish_seen_subcommand_from set" -l no-email -d 'Remove the email address'
complete -c mfactl -n "__fish_mfactl_using_subcommand user; and __fish_seen_subcommand_from set" -l json -d 'Print one JSON document on stdout instead of tables'
complete -c mfactl -n "__fish_mfactl_using_subcommand user; and __fish_seen_subcommand_from set" -s y -l yes -d 'Confirm destructive commands without asking (needed without a terminal)'
complete -c mfactl -n "__fish_mfactl_using_subcommand user; and __fish_seen_subcommand_from set" -s q -l quiet -d 'Print nothing but results and errors'
complete -c mfactl -n "__fish_mfactl_using_subcommand user; and __fish_seen_subcommand_from set" -s v -l verbose -d 'Log what is done to stderr (-vv for more); never secrets'
complete -c mfactl -n "__fish_mfactl_using_subcommand user; and __fish_seen_subcommand_from set" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mfactl -n "__fish_mfactl_using_subcommand user; and __fish_seen_subcommand_from set" -s V -l version -d 'Print version'
complete -c mfactl -n "__fish_mfactl_using_subcommand user; and __fish_seen_subcommand_from remove" -l db -d 'The database file [default: the platform\'s data directory]' -r -F
complete -c mfactl -n "__fish_mfactl_using_subcommand user; and __fish_seen_subcommand_from remove" -l config -d 'The config file [default: the platform\'s config directory]' -r -F
complete -c mfactl -n "__fish_mfactl_using_subcommand user; and __fish_seen_subcommand_from remove" -l actor -d 'Who is acting, for the audit log [default: the environment\'s user]' -r
complete -c mfactl -n "__fish_mfactl_using_subcommand user; and __fish_seen_subcommand_from remove" -l json -d 'Print one JSON document on stdout instead of tables'
complete -c mfactl -n "__fish_mfactl_using_subcommand user; and __fish_seen_subcommand_from remove" -s y -l yes -d 'Confirm destructive commands without asking (needed without a terminal)'
complete -c mfactl -n "__fish_mfactl_using_subcommand user; and __fish_seen_subcommand_from remove" -s q -l quiet -d 'Print nothing but results and errors'
complete -c mfactl -n "__fish_mfactl_using_subcommand user; and __fish_seen_subcommand_from remove" -s v -l verbose -d 'Log what is done to stderr (-vv for more); never secrets'
complete -c mfactl -n "__fish_mfactl_using_subcommand user; and __fish_seen_subcommand_from remove" -s h -l help -d 'Print help'
complete -c mfactl -n "__fish_mfactl_using_subcommand user; and __fish_seen_subcommand_from remove" -s V -l version -d 'Print version'
complete -c mfactl -n "__fish_mfactl_using_subcommand user; and __fish_seen_subcommand_from passwd" -l db -d 'The database file [default: the platform\'s data directory]' -r -F
complete -c mfactl -n "__fish_mfactl_using_subcommand user; and __fish_seen_subcommand_from passwd" -l config -d 'The config file [default: the platform\'s config directory]' -r -F
complete -c mfactl -n "__fish_mfactl_using_subcommand user; and __fish_seen_subcommand_from passwd" -l actor -d 'Who is acting, for the audit log [default: the environment\'s user]' -r
complete -c mfactl -n "__fish_mfactl_using_subcommand user; and __fish_seen_subcommand_from passwd" -l password-stdin -d 'Read the password from the first line of stdin instead of asking'
complete -c mfactl -n "__fish_mfactl_using_subcommand user; and __fish_seen_subcommand_from passwd" -l json -d 'Print one JSON document on stdout instead of tables'
complete -c mfactl -n "__fish_mfactl_using_subcommand user; and __fish_seen_subcommand_from passwd" -s y -l yes -d 'Confirm destructive commands without asking (needed without a terminal)'
complete -c mfactl -n "__fish_mfactl_using_subcommand user; and __fish_seen_subcommand_from passwd" -s q -l quiet -d 'Print nothing but results and errors'
complete -c mfactl -n "__fish_mfactl_using_subcommand user; and __fish_seen_subcommand_from passwd" -s v -l verbose -d 'Log what is done to stderr (-vv for more); never secrets'
complete -c mfactl -n "__fish_mfactl_using_subcommand user; and __fish_seen_subcommand_from passwd" -s h -l help -d 'Print help'
complete -c mfactl -n "__fish_mfactl_using_subcommand user; and __fish_seen_subcommand_from passwd" -s V -l version -d 'Print version'
complete -c mfactl -n "__fish_mfactl_using_subcommand user; and __fish_seen_subcommand_from unlock" -l db -d 'The database file [default: the platform\'s data directory]' -r -F
complete -c mfactl -n "__fish_mfactl_using_subcommand user; and __fish_seen_subcommand_from unlock" -l config -d 'The config file [default: the platform\'s config directory]' -r -F
complete -c mfactl -n "__fish_mfactl_using_subcommand user; and __fish_seen_subcommand_from unlock" -l actor -d 'Who is acting, for the audit log [default: the environment\'s user]' -r
complete -c mfactl -n "__fish_mfactl_using_subcommand user; and __fish_seen_subcommand_from unlock" -l json -d 'Print one JSON document on stdout instead of tables'
complete -c mfactl -n "__fish_mfactl_using_subcommand user; and __fish_seen_subcommand_from unlock" -s y -l yes -d 'Confirm destructive commands without asking (needed without a terminal)'
complete -c mfactl -n "__fish_mfactl_using_subcommand user; and __fish_seen_subcommand_from unlock" -s q -l quiet -d 'Print nothing but results and errors'
complete -c mfactl -n "__fish_mfactl_using_subcommand user; and __fish_seen_subcommand_from unlock" -s v -l verbose -d 'Log what is done to stderr (-vv for more); never secrets'
complete -c mfactl -n "__fish_mfactl_using_subcommand user; and __fish_seen_subcommand_from unlock" -s h -l help -d 'Print help'
complete -c mfactl -n "__fish_mfactl_using_subcommand user; and __fish_seen_subcommand_from unlock" -s V -l version -d 'Print version'
complete -c mfactl -n "__fish_mfactl_using_subcommand user; and __fish_seen_subcommand_from help" -f -a "add" -d 'Add a user'
complete -c mfactl -n "__fish_mfactl_using_subcommand user; and __fish_seen_subcommand_from help" -f -a "import" -d 'Import users from CSV (user_id,name,email,role[,password_hash]); all or none'
complete -c mfactl -n "__fish_mfactl_using_subcommand user; and __fish_seen_subcommand_from help" -f -a "list" -d 'List users'
complete -c mfactl -n "__fish_mfactl_using_subcommand user; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show one user'
complete -c mfactl -n "__fish_mfactl_using_subcommand user; and __fish_seen_subcommand_from help" -f -a "set" -d 'Change a user\'s name, email, role or enabled flag'
complete -c mfactl -n "__fish_mfactl_using_subcommand user; and __fish_seen_subcommand_from help" -f -a "remove" -d 'Remove a user with their authenticator and devices'
complete -c mfactl -n "__fish_mfactl_using_subcommand user; and __fish_seen_subcommand_from help" -f -a "passwd" -d 'Set a user\'s password (ends remembered MFA on all their devices)'
complete -c mfactl -n "__fish_mfactl_using_subcommand user; and __fish_seen_subcommand_from help" -f -a "unlock" -d 'Lift a user\'s lock after too many failures'
complete -c mfactl -n "__fish_mfactl_using_subcommand user; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c mfactl -n "__fish_mfactl_using_subcommand mfa; and not __fish_seen_subcommand_from status enroll reset help" -l db -d 'The database file [default: the platform\'s data directory]' -r -F
complete -c mfactl -n "__fish_mfactl_using_subcommand mfa; and not __fish_seen_subcommand_from status enroll reset help" -l config -d 'The config file [default: the platform\'s config directory]' -r -F
complete -c mfactl -n "__fish_mfactl_using_subcommand mfa; and not __fish_seen_subcommand_from status enroll reset help" -l actor -d 'Who is acting, for the audit log [default: the environment\'s user]' -r
complete -c mfactl -n "__fish_mfactl_using_subcommand mfa; and not __fish_seen_subcommand_from status enroll reset help" -l json -d 'Print one JSON document on stdout instead of tables'
complete -c mfactl -n "__fish_mfactl_using_subcommand mfa; and not __fish_seen_subcommand_from status enroll reset help" -s y -l yes -d 'Confirm destructive commands without asking (needed without a terminal)'
complete -c mfactl -n "__fish_mfactl_using_subcommand mfa; and not __fish_seen_subcommand_from status enroll reset help" -s q -l quiet -d 'Print nothing but results and errors'
complete -c mfactl -n "__fish_mfactl_using_subcommand mfa; and not __fish_seen_subcommand_from status enroll reset help" -s v -l verbose -d 'Log what is done to stderr (-vv for more); never secrets'
complete -c mfactl -n "__fish_mfactl_using_subcommand mfa; and not __fish_seen_subcommand_from status enroll reset help" -s h -l help -d 'Print help'
complete -c mfactl -n "__fish_mfactl_using_subcommand mfa; and not __fish_seen_subcommand_from status enroll reset help" -s V -l version -d 'Print version'
complete -c mfactl -n "__fish_mfactl_using_subcommand mfa; and not __fish_seen_subcommand_from status enroll reset help" -f -a "status" -d 'Show whether users have no, a pending or a confirmed authenticator'
complete -c mfactl -n "__fish_mfactl_using_subcommand mfa; and not __fish_seen_subcommand_from status enroll reset help" -f -a "enroll" -d 'Start enrolment: print the QR code, the otpauth URI and the secret'
complete -c mfactl -n "__fish_mfactl_using_subcommand mfa; and not __fish_seen_subcommand_from status enroll reset help" -f -a "reset" -d 'Remove authenticators and remembered devices (users enrol afresh)'
complete -c mfactl -n "__fish_mfactl_using_subcommand mfa; and not __fish_seen_subcommand_from status enroll reset help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c mfactl -n "__fish_mfactl_using_subcommand mfa; and __fish_seen_subcommand_from status" -l db -d 'The database file [default: the platform\'s data directory]' -r -F
complete -c mfactl -n "__fish_mfactl_using_subcommand mfa; and __fish_seen_subcommand_from status" -l config -d 'The config file [default: the platform\'s config directory]' -r -F
complete -c mfactl -n "__fish_mfactl_using_subcommand mfa; and __fish_seen_subcommand_from status" -l actor -d 'Who is acting, for the audit log [default: the environment\'s user]' -r
complete -c mfactl -n "__fish_mfactl_using_subcommand mfa; and __fish_seen_subcommand_from status" -l json -d 'Print one JSON document on stdout instead of tables'
complete -c mfactl -n "__fish_mfactl_using_subcommand mfa; and __fish_seen_subcommand_from status" -s y -l yes -d 'Confirm destructive commands without asking (needed without a terminal)'
complete -c mfactl -n "__fish_mfactl_using_subcommand mfa; and __fish_seen_subcommand_from status" -s q -l quiet -d 'Print nothing but results and errors'
complete -c mfactl -n "__fish_mfactl_using_subcommand mfa; and __fish_seen_subcommand_from status" -s v -l verbose -d 'Log what is done to stderr (-vv for more); never secrets'
complete -c mfactl -n "__fish_mfactl_using_subcommand mfa; and __fish_seen_subcommand_from status" -s h -l help -d 'Print help'
complete -c mfactl -n "__fish_mfactl_using_subcommand mfa; and __fish_seen_subcommand_from status" -s V -l version -d 'Print version'
complete -c mfactl -n "__fish_mfactl_using_subcommand mfa; and __fish_seen_subcommand_from enroll" -l png -d 'Also write the QR code to this PNG file' -r -F
complete -c mfactl -n "__fish_mfactl_using_subcommand mfa; and __fish_seen_subcommand_from enroll" -l svg -d 'Also write the QR code to this SVG file' -r -F
complete -c mfactl -n "__fish_mfactl_using_subcommand mfa; and __fish_seen_subcommand_from enroll" -l db -d 'The database file [default: the platform\'s data directory]' -r -F
complete -c mfactl -n "__fish_mfactl_using_subcommand mfa; and __fish_seen_subcommand_from enroll" -l config -d 'The config file [default: the platform\'s config directory]' -r -F
complete -c mfactl -n "__fish_mfactl_using_subcommand mfa; and __fish_seen_subcommand_from enroll" -l actor -d 'Who is acting, for the audit log [default: the environment\'s user]' -r
complete -c mfactl -n "__fish_mfactl_using_subcommand mfa; and __fish_seen_subcommand_from enroll" -l invert -d 'Paint the terminal QR code for light terminal themes'
complete -c mfactl -n "__fish_mfactl_using_subcommand mfa; and __fish_seen_subcommand_from enroll" -l secret-stdin -d 'Enrol an existing base32 secret read from stdin (moving from another system)'
complete -c mfactl -n "__fish_mfactl_using_subcommand mfa; and __fish_seen_subcommand_from enroll" -l json -d 'Print one JSON document on stdout instead of tables'
complete -c mfactl -n "__fish_mfactl_using_subcommand mfa; and __fish_seen_subcommand_from enroll" -s y -l yes -d 'Confirm destructive commands without asking (needed without a terminal)'
complete -c mfactl -n "__fish_mfactl_using_subcommand mfa; and __fish_seen_subcommand_from enroll" -s q -l quiet -d 'Print nothing but results and errors'
complete -c mfactl -n "__fish_mfactl_using_subcommand mfa; and __fish_seen_subcommand_from enroll" -s v -l verbose -d 'Log what is done to stderr (-vv for more); never secrets'
complete -c mfactl -n "__fish_mfactl_using_subcommand mfa; and __fish_seen_subcommand_from enroll" -s h -l help -d 'Print help'
complete -c mfactl -n "__fish_mfactl_using_subcommand mfa; and __fish_seen_subcommand_from enroll" -s V -l version -d 'Print version'
complete -c mfactl -n "__fish_mfactl_using_subcommand mfa; and __fish_seen_subcommand_from reset" -l role -d 'Every user of this role' -r
complete -c mfactl -n "__fish_mfactl_using_subcommand mfa; and __fish_seen_subcommand_from reset" -l db -d 'The database file [default: the platform\'s data directory]' -r -F
complete -c mfactl -n "__fish_mfactl_using_subcommand mfa; and __fish_seen_subcommand_from reset" -l config -d 'The config file [default: the platform\'s config directory]' -r -F
complete -c mfactl -n "__fish_mfactl_using_subcommand mfa; and __fish_seen_subcommand_from reset" -l actor -d 'Who is acting, for the audit log [default: the environment\'s user]' -r
complete -c mfactl -n "__fish_mfactl_using_subcommand mfa; and __fish_seen_subcommand_from reset" -l all -d 'Every user'
complete -c mfactl -n "__fish_mfactl_using_subcommand mfa; and __fish_seen_subcommand_from reset" -l json -d 'Print one JSON document on stdout instead of tables'
complete -c mfactl -n "__fish_mfactl_using_subcommand mfa; and __fish_seen_subcommand_from reset" -s y -l yes -d 'Confirm destructive commands without asking (needed without a terminal)'
complete -c mfactl -n "__fish_mfactl_using_subcommand mfa; and __fish_seen_subcommand_from reset" -s q -l quiet -d 'Print nothing but results and errors'
complete -c mfactl -n "__fish_mfactl_using_subcommand mfa; and __fish_seen_subcommand_from reset" -s v -l verbose -d 'Log what is done to stderr (-vv for more); never secrets'
complete -c mfactl -n "__fish_mfactl_using_subcommand mfa; and __fish_seen_subcommand_from reset" -s h -l help -d 'Print help'
complete -c mfactl -n "__fish_mfactl_using_subcommand mfa; and __fish_seen_subcommand_from reset" -s V -l version -d 'Print version'
complete -c mfactl -n "__fish_mfactl_using_subcommand mfa; and __fish_seen_subcommand_from help" -f -a "status" -d 'Show whether users have no, a pending or a confirmed authenticator'
complete -c mfactl -n "__fish_mfactl_using_subcommand mfa; and __fish_seen_subcommand_from help" -f -a "enroll" -d 'Start enrolment: print the QR code, the otpauth URI and the secret'
complete -c mfactl -n "__fish_mfactl_using_subcommand mfa; and __fish_seen_subcommand_from help" -f -a "reset" -d 'Remove authenticators and remembered devices (users enrol afresh)'
complete -c mfactl -n "__fish_mfactl_using_subcommand mfa; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c mfactl -n "__fish_mfactl_using_subcommand emergency-code" -l db -d 'The database file [default: the platform\'s data directory]' -r -F
complete -c mfactl -n "__fish_mfactl_using_subcommand emergency-code" -l config -d 'The config file [default: the platform\'s config directory]' -r -F
complete -c mfactl -n "__fish_mfactl_using_subcommand emergency-code" -l actor -d 'Who is acting, for the audit log [default: the environment\'s user]' -r
complete -c mfactl -n "__fish_mfactl_using_subcommand emergency-code" -l json -d 'Print one JSON document on stdout instead of tables'
complete -c mfactl -n "__fish_mfactl_using_subcommand emergency-code" -s y -l yes -d 'Confirm destructive commands without asking (needed without a terminal)'
complete -c mfactl -n "__fish_mfactl_using_subcommand emergency-code" -s q -l quiet -d 'Print nothing but results and errors'
complete -c mfactl -n "__fish_mfactl_using_subcommand emergency-code" -s v -l verbose -d 'Log what is done to stderr (-vv for more); never secrets'
complete -c mfactl -n "__fish_mfactl_using_subcommand emergency-code" -s h -l help -d 'Print help'
complete -c mfactl -n "__fish_mfactl_using_subcommand emergency-code" -s V -l version -d 'Print version'
complete -c mfactl -n "__fish_mfactl_using_subcommand device; and not __fish_seen_subcommand_from list revoke help" -l db -d 'The database file [default: the platform\'s data directory]' -r -F
complete -c mfactl -n "__fish_mfactl_using_subcommand device; and not __fish_seen_subcommand_from list revoke help" -l config -d 'The config file [default: the platform\'s config directory]' -r -F
complete -c mfactl -n "__fish_mfactl_using_subcommand device; and not __fish_seen_subcommand_from list revoke help" -l actor -d 'Who is acting, for the audit log [default: the environment\'s user]' -r
complete -c mfactl -n "__fish_mfactl_using_subcommand device; and not __fish_seen_subcommand_from list revoke help" -l json -d 'Print one JSON document on stdout instead of tables'
complete -c mfactl -n "__fish_mfactl_using_subcommand device; and not __fish_seen_subcommand_from list revoke help" -s y -l yes -d 'Confirm destructive commands without asking (needed without a terminal)'
complete -c mfactl -n "__fish_mfactl_using_subcommand device; and not __fish_seen_subcommand_from list revoke help" -s q -l quiet -d 'Print nothing but results and errors'
complete -c mfactl -n "__fish_mfactl_using_subcommand device; and not __fish_seen_subcommand_from list revoke help" -s v -l verbose -d 'Log what is done to stderr (-vv for more); never secrets'
complete -c mfactl -n "__fish_mfactl_using_subcommand device; and not __fish_seen_subcommand_from list revoke help" -s h -l help -d 'Print help'
complete -c mfactl -n "__fish_mfactl_using_subcommand device; and not __fish_seen_subcommand_from list revoke help" -s V -l version -d 'Print version'
complete -c mfactl -n "__fish_mfactl_using_subcommand device; and not __fish_seen_subcommand_from list revoke help" -f -a "list" -d 'List devices, of one user or all'
complete -c mfactl -n "__fish_mfactl_using_subcommand device; and not __fish_seen_subcommand_from list revoke help" -f -a "revoke" -d 'Revoke devices: they must be authorised again'
complete -c mfactl -n "__fish_mfactl_using_subcommand device; and not __fish_seen_subcommand_from list revoke help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c mfactl -n "__fish_mfactl_using_subcommand device; and __fish_seen_subcommand_from list" -l db -d 'The database file [default: the platform\'s data directory]' -r -F
complete -c mfactl -n "__fish_mfactl_using_subcommand device; and __fish_seen_subcommand_from list" -l config -d 'The config file [default: the platform\'s config directory]' -r -F
complete -c mfactl -n "__fish_mfactl_using_subcommand device; and __fish_seen_subcommand_from list" -l actor -d 'Who is acting, for the audit log [default: the environment\'s user]' -r
complete -c mfactl -n "__fish_mfactl_using_subcommand device; and __fish_seen_subcommand_from list" -l json -d 'Print one JSON document on stdout instead of tables'
complete -c mfactl -n "__fish_mfactl_using_subcommand device; and __fish_seen_subcommand_from list" -s y -l yes -d 'Confirm destructive commands without asking (needed without a terminal)'
complete -c mfactl -n "__fish_mfactl_using_subcommand device; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print nothing but results and errors'
complete -c mfactl -n "__fish_mfactl_using_subcommand device; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Log what is done to stderr (-vv for more); never secrets'
complete -c mfactl -n "__fish_mfactl_using_subcommand device; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c mfactl -n "__fish_mfactl_using_subcommand device; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c mfactl -n "__fish_mfactl_using_subcommand device; and __fish_seen_subcommand_from revoke" -l user -d 'The user whose devices to revoke (with --all)' -r
complete -c mfactl -n "__fish_mfactl_using_subcommand device; and __fish_seen_subcommand_from revoke" -l db -d 'The database file [default: the platform\'s data directory]' -r -F
complete -c mfactl -n "__fish_mfactl_using_subcommand device; and __fish_seen_subcommand_from revoke" -l config -d 'The config file [default: the platform\'s config directory]' -r -F
complete -c mfactl -n "__fish_mfactl_using_subcommand device; and __fish_seen_subcommand_from revoke" -l actor -d 'Who is acting, for the audit log [default: the environment\'s user]' -r
complete -c mfactl -n "__fish_mfactl_using_subcommand device; and __fish_seen_subcommand_from revoke" -l all -d 'Revoke every device of --user'
complete -c mfactl -n "__fish_mfactl_using_subcommand device; and __fish_seen_subcommand_from revoke" -l json -d 'Print one JSON document on stdout instead of tables'
complete -c mfactl -n "__fish_mfactl_using_subcommand device; and __fish_seen_subcommand_from revoke" -s y -l yes -d 'Confirm destructive commands without asking (needed without a terminal)'
complete -c mfactl -n "__fish_mfactl_using_subcommand device; and __fish_seen_subcommand_from revoke" -s q -l quiet -d 'Print nothing but results and errors'
complete -c mfactl -n "__fish_mfactl_using_subcommand device; and __fish_seen_subcommand_from revoke" -s v -l verbose -d 'Log what is done to stderr (-vv for more); never secrets'
complete -c mfactl -n "__fish_mfactl_using_subcommand device; and __fish_seen_subcommand_from revoke" -s h -l help -d 'Print help'
complete -c mfactl -n "__fish_mfactl_using_subcommand device; and __fish_seen_subcommand_from revoke" -s V -l version -d 'Print version'
complete -c mfactl -n "__fish_mfactl_using_subcommand device; and __fish_seen_subcommand_from help" -f -a "list" -d 'List devices, of one user or all'
complete -c mfactl -n "__fish_mfactl_using_subcommand device; and __fish_seen_subcommand_from help" -f -a "revoke" -d 'Revoke devices: they must be authorised again'
complete -c mfactl -n "__fish_mfactl_using_subcommand device; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c mfactl -n "__fish_mfactl_using_subcommand subscriber; and not __fish_seen_subcommand_from list add remove bypass use help" -l db -d 'The database file [default: the platform\'s data directory]' -r -F
complete -c mfactl -n "__fish_mfactl_using_subcommand subscriber; and not __fish_seen_subcommand_from list add remove bypass use help" -l config -d 'The config file [default: the platform\'s config directory]' -r -F
complete -c mfactl -n "__fish_mfactl_using_subcommand subscriber; and not __fish_seen_subcommand_from list add remove bypass use help" -l actor -d 'Who is acting, for the audit log [default: the environment\'s user]' -r
complete -c mfactl -n "__fish_mfactl_using_subcommand subscriber; and not __fish_seen_subcommand_from list add remove bypass use help" -l json -d 'Print one JSON document on stdout instead of tables'
complete -c mfactl -n "__fish_mfactl_using_subcommand subscriber; and not __fish_seen_subcommand_from list add remove bypass use help" -s y -l yes -d 'Confirm destructive commands without asking (needed without a terminal)'
complete -c mfactl -n "__fish_mfactl_using_subcommand subscriber; and not __fish_seen_subcommand_from list add remove bypass use help" -s q -l quiet -d 'Print nothing but results and errors'
complete -c mfactl -n "__fish_mfactl_using_subcommand subscriber; and not __fish_seen_subcommand_from list add remove bypass use help" -s v -l verbose -d 'Log what is done to stderr (-vv for more); never secrets'
complete -c mfactl -n "__fish_mfactl_using_subcommand subscriber; and not __fish_seen_subcommand_from list add remove bypass use help" -s h -l help -d 'Print help'
complete -c mfactl -n "__fish_mfactl_using_subcommand subscriber; and not __fish_seen_subcommand_from list add remove bypass use help" -s V -l version -d 'Print version'
complete -c mfactl -n "__fish_mfactl_using_subcommand subscriber; and not __fish_seen_subcommand_from list add remove bypass use help" -f -a "list" -d 'List subscribers'
complete -c mfactl -n "__fish_mfactl_using_subcommand subscriber; and not __fish_seen_subcommand_from list add remove bypass use help" -f -a "add" -d 'Add a subscriber'
complete -c mfactl -n "__fish_mfactl_using_subcommand subscriber; and not __fish_seen_subcommand_from list add remove bypass use help" -f -a "remove" -d 'Remove a subscriber'
complete -c mfactl -n "__fish_mfactl_using_subcommand subscriber; and not __fish_seen_subcommand_from list add remove bypass use help" -f -a "bypass" -d 'Turn MFA bypass on or off for a subscriber'
complete -c mfactl -n "__fish_mfactl_using_subcommand subscriber; and not __fish_seen_subcommand_from list add remove bypass use help" -f -a "use" -d 'Make a subscriber the one the cloud application signs in through'
complete -c mfactl -n "__fish_mfactl_using_subcommand subscriber; and not __fish_seen_subcommand_from list add remove bypass use help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c mfactl -n "__fish_mfactl_using_subcommand subscriber; and __fish_seen_subcommand_from list" -l db -d 'The database file [default: the platform\'s data directory]' -r -F
complete -c mfactl -n "__fish_mfactl_using_subcommand subscriber; and __fish_seen_subcommand_from list" -l config -d 'The config file [default: the platform\'s config directory]' -r -F
complete -c mfactl -n "__fish_mfactl_using_subcommand subscriber; and __fish_seen_subcommand_from list" -l actor -d 'Who is acting, for the audit log [default: the environment\'s user]' -r
complete -c mfactl -n "__fish_mfactl_using_subcommand subscriber; and __fish_seen_subcommand_from list" -l json -d 'Print one JSON document on stdout instead of tables'
complete -c mfactl -n "__fish_mfactl_using_subcommand subscriber; and __fish_seen_subcommand_from list" -s y -l yes -d 'Confirm destructive commands without asking (needed without a terminal)'
complete -c mfactl -n "__fish_mfactl_using_subcommand subscriber; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print nothing but results and errors'
complete -c mfactl -n "__fish_mfactl_using_subcommand subscriber; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Log what is done to stderr (-vv for more); never secrets'
complete -c mfactl -n "__fish_mfactl_using_subcommand subscriber; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c mfactl -n "__fish_mfactl_using_subcommand subscriber; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c mfactl -n "__fish_mfactl_using_subcommand subscriber; and __fish_seen_subcommand_from add" -l db -d 'The database file [default: the platform\'s data directory]' -r -F
complete -c mfactl -n "__fish_mfactl_using_subcommand subscriber; and __fish_seen_subcommand_from add" -l config -d 'The config file [default: the platform\'s config directory]' -r -F
complete -c mfactl -n "__fish_mfactl_using_subcommand subscriber; and __fish_seen_subcommand_from add" -l actor -d 'Who is acting, for the audit log [default: the environment\'s user]' -r
complete -c mfactl -n "__fish_mfactl_using_subcommand subscriber; and __fish_seen_subcommand_from add" -l json -d 'Print one JSON document on stdout instead of tables'
complete -c mfactl -n "__fish_mfactl_using_subcommand subscriber; and __fish_seen_subcommand_from add" -s y -l yes -d 'Confirm destructive commands without asking (needed without a terminal)'
complete -c mfactl -n "__fish_mfactl_using_subcommand subscriber; and __fish_seen_subcommand_from add" -s q -l quiet -d 'Print nothing but results and errors'
complete -c mfactl -n "__fish_mfactl_using_subcommand subscriber; and __fish_seen_subcommand_from add" -s v -l verbose -d 'Log what is done to stderr (-vv for more); never secrets'
complete -c mfactl -n "__fish_mfactl_using_subcommand subscriber; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help'
complete -c mfactl -n "__fish_mfactl_using_subcommand subscriber; and __fish_seen_subcommand_from add" -s V -l version -d 'Print version'
complete -c mfactl -n "__fish_mfactl_using_subcommand subscriber; and __fish_seen_subcommand_from remove" -l db -d 'The database file [default: the platform\'s data directory]' -r -F
complete -c mfactl -n "__fish_mfactl_using_subcommand subscriber; and __fish_seen_subcommand_from remove" -l config -d 'The config file [default: the platform\'s config directory]' -r -F
complete -c mfactl -n "__fish_mfactl_using_subcommand subscriber; and __fish_seen_subcommand_from remove" -l actor -d 'Who is acting, for the audit log [default: the environment\'s user]' -r
complete -c mfactl -n "__fish_mfactl_using_subcommand subscriber; and __fish_seen_subcommand_from remove" -l json -d 'Print one JSON document on stdout instead of tables'
complete -c mfactl -n "__fish_mfactl_using_subcommand subscriber; and __fish_seen_subcommand_from remove" -s y -l yes -d 'Confirm destructive commands without asking (needed without a terminal)'
complete -c mfactl -n "__fish_mfactl_using_subcommand subscriber; and __fish_seen_subcommand_from remove" -s q -l quiet -d 'Print nothing but results and errors'
complete -c mfactl -n "__fish_mfactl_using_subcommand subscriber; and __fish_seen_subcommand_from remove" -s v -l verbose -d 'Log what is done to stderr (-vv for more); never secrets'
complete -c mfactl -n "__fish_mfactl_using_subcommand subscriber; and __fish_seen_subcommand_from remove" -s h -l help -d 'Print help'
complete -c mfactl -n "__fish_mfactl_using_subcommand subscriber; and __fish_seen_subcommand_from remove" -s V -l version -d 'Print version'
complete -c mfactl -n "__fish_mfactl_using_subcommand subscriber; and __fish_seen_subcommand_from bypass" -l db -d 'The database file [default: the platform\'s data directory]' -r -F
complete -c mfactl -n "__fish_mfactl_using_subcommand subscriber; and __fish_seen_subcommand_from bypass" -l config -d 'The config file [default: the platform\'s config directory]' -r -F
complete -c mfactl -n "__fish_mfactl_using_subcommand subscriber; and __fish_seen_subcommand_from bypass" -l actor -d 'Who is acting, for the audit log [default: the environment\'s user]' -r
complete -c mfactl -n "__fish_mfactl_using_subcommand subscriber; and __fish_seen_subcommand_from bypass" -l force -d 'Allow bypass on the cloud subscriber (a configuration error)'
complete -c mfactl -n "__fish_mfactl_using_subcommand subscriber; and __fish_seen_subcommand_from bypass" -l json -d 'Print one JSON document on stdout instead of tables'
complete -c mfactl -n "__fish_mfactl_using_subcommand subscriber; and __fish_seen_subcommand_from bypass" -s y -l yes -d 'Confirm destructive commands without asking (needed without a terminal)'
complete -c mfactl -n "__fish_mfactl_using_subcommand subscriber; and __fish_seen_subcommand_from bypass" -s q -l quiet -d 'Print nothing but results and errors'
complete -c mfactl -n "__fish_mfactl_using_subcommand subscriber; and __fish_seen_subcommand_from bypass" -s v -l verbose -d 'Log what is done to stderr (-vv for more); never secrets'
complete -c mfactl -n "__fish_mfactl_using_subcommand subscriber; and __fish_seen_subcommand_from bypass" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mfactl -n "__fish_mfactl_using_subcommand subscriber; and __fish_seen_subcommand_from bypass" -s V -l version -d 'Print version'
complete -c mfactl -n "__fish_mfactl_using_subcommand subscriber; and __fish_seen_subcommand_from use" -l db -d 'The database file [default: the platform\'s data directory]' -r -F
complete -c mfactl -n "__fish_mfactl_using_subcommand subscriber; and __fish_seen_subcommand_from use" -l config -d 'The config file [default: the platform\'s config directory]' -r -F
complete -c mfactl -n "__fish_mfactl_using_subcommand subscriber; and __fish_seen_subcommand_from use" -l actor -d 'Who is acting, for the audit log [default: the environment\'s user]' -r
complete -c mfactl -n "__fish_mfactl_using_subcommand subscriber; and __fish_seen_subcommand_from use" -l json -d 'Print one JSON document on stdout instead of tables'
complete -c mfactl -n "__fish_mfactl_using_subcommand subscriber; and __fish_seen_subcommand_from use" -s y -l yes -d 'Confirm destructive commands without asking (needed without a terminal)'
complete -c mfactl -n "__fish_mfactl_using_subcommand subscriber; and __fish_seen_subcommand_from use" -s q -l quiet -d 'Print nothing but results and errors'
complete -c mfactl -n "__fish_mfactl_using_subcommand subscriber; and __fish_seen_subcommand_from use" -s v -l verbose -d 'Log what is done to stderr (-vv for more); never secrets'
complete -c mfactl -n "__fish_mfactl_using_subcommand subscriber; and __fish_seen_subcommand_from use" -s h -l help -d 'Print help'
complete -c mfactl -n "__fish_mfactl_using_subcommand subscriber; and __fish_seen_subcommand_from use" -s V -l version -d 'Print version'
complete -c mfactl -n "__fish_mfactl_using_subcommand subscriber; and __fish_seen_subcommand_from help" -f -a "list" -d 'List subscribers'
complete -c mfactl -n "__fish_mfactl_using_subcommand subscriber; and __fish_seen_subcommand_from help" -f -a "add" -d 'Add a subscriber'
complete -c mfactl -n "__fish_mfactl_using_subcommand subscriber; and __fish_seen_subcommand_from help" -f -a "remove" -d 'Remove a subscriber'
complete -c mfactl -n "__fish_mfactl_using_subcommand subscriber; and __fish_seen_subcommand_from help" -f -a "bypass" -d 'Turn MFA bypass on or off for a subscriber'
complete -c mfactl -n "__fish_mfactl_using_subcommand subscriber; and __fish_seen_subcommand_from help" -f -a "use" -d 'Make a subscriber the one the cloud application signs in through'
complete -c mfactl -n "__fish_mfactl_using_subcommand subscriber; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c mfactl -n "__fish_mfactl_using_subcommand signin" -l device -d 'The device token from an earlier step or sign-in' -r
complete -c mfactl -n "__fish_mfactl_using_subcommand signin" -l device-label -d 'What a new device is, e.g. "Firefox on Windows"' -r
complete -c mfactl -n "__fish_mfactl_using_subcommand signin" -l code -d 'The code that answers the pending step' -r
complete -c mfactl -n "__fish_mfactl_using_subcommand signin" -l subscriber -d 'The subscriber signed in through [default: the cloud subscriber]' -r
complete -c mfactl -n "__fish_mfactl_using_subcommand signin" -l db -d 'The database file [default: the platform\'s data directory]' -r -F
complete -c mfactl -n "__fish_mfactl_using_subcommand signin" -l config -d 'The config file [default: the platform\'s config directory]' -r -F
complete -c mfactl -n "__fish_mfactl_using_subcommand signin" -l actor -d 'Who is acting, for the audit log [default: the environment\'s user]' -r
complete -c mfactl -n "__fish_mfactl_using_subcommand signin" -l password-stdin -d 'Read the password from stdin and run one step (for scripts)'
complete -c mfactl -n "__fish_mfactl_using_subcommand signin" -l remember -d 'Remember this device for the policy\'s number of days once MFA is passed'
complete -c mfactl -n "__fish_mfactl_using_subcommand signin" -l json -d 'Print one JSON document on stdout instead of tables'
complete -c mfactl -n "__fish_mfactl_using_subcommand signin" -s y -l yes -d 'Confirm destructive commands without asking (needed without a terminal)'
complete -c mfactl -n "__fish_mfactl_using_subcommand signin" -s q -l quiet -d 'Print nothing but results and errors'
complete -c mfactl -n "__fish_mfactl_using_subcommand signin" -s v -l verbose -d 'Log what is done to stderr (-vv for more); never secrets'
complete -c mfactl -n "__fish_mfactl_using_subcommand signin" -s h -l help -d 'Print help'
complete -c mfactl -n "__fish_mfactl_using_subcommand signin" -s V -l version -d 'Print version'
complete -c mfactl -n "__fish_mfactl_using_subcommand verify" -l db -d 'The database file [default: the platform\'s data directory]' -r -F
complete -c mfactl -n "__fish_mfactl_using_subcommand verify" -l config -d 'The config file [default: the platform\'s config directory]' -r -F
complete -c mfactl -n "__fish_mfactl_using_subcommand verify" -l actor -d 'Who is acting, for the audit log [default: the environment\'s user]' -r
complete -c mfactl -n "__fish_mfactl_using_subcommand verify" -l json -d 'Print one JSON document on stdout instead of tables'
complete -c mfactl -n "__fish_mfactl_using_subcommand verify" -s y -l yes -d 'Confirm destructive commands without asking (needed without a terminal)'
complete -c mfactl -n "__fish_mfactl_using_subcommand verify" -s q -l quiet -d 'Print nothing but results and errors'
complete -c mfactl -n "__fish_mfactl_using_subcommand verify" -s v -l verbose -d 'Log what is done to stderr (-vv for more); never secrets'
complete -c mfactl -n "__fish_mfactl_using_subcommand verify" -s h -l help -d 'Print help'
complete -c mfactl -n "__fish_mfactl_using_subcommand verify" -s V -l version -d 'Print version'
complete -c mfactl -n "__fish_mfactl_using_subcommand doctor" -l db -d 'The database file [default: the platform\'s data directory]' -r -F
complete -c mfactl -n "__fish_mfactl_using_subcommand doctor" -l config -d 'The config file [default: the platform\'s config directory]' -r -F
complete -c mfactl -n "__fish_mfactl_using_subcommand doctor" -l actor -d 'Who is acting, for the audit log [default: the environment\'s user]' -r
complete -c mfactl -n "__fish_mfactl_using_subcommand doctor" -l json -d 'Print one JSON document on stdout instead of tables'
complete -c mfactl -n "__fish_mfactl_using_subcommand doctor" -s y -l yes -d 'Confirm destructive commands without asking (needed without a terminal)'
complete -c mfactl -n "__fish_mfactl_using_subcommand doctor" -s q -l quiet -d 'Print nothing but results and errors'
complete -c mfactl -n "__fish_mfactl_using_subcommand doctor" -s v -l verbose -d 'Log what is done to stderr (-vv for more); never secrets'
complete -c mfactl -n "__fish_mfactl_using_subcommand doctor" -s h -l help -d 'Print help'
complete -c mfactl -n "__fish_mfactl_using_subcommand doctor" -s V -l version -d 'Print version'
complete -c mfactl -n "__fish_mfactl_using_subcommand audit" -l user -d 'Only entries about this user' -r
complete -c mfactl -n "__fish_mfactl_using_subcommand audit" -l action -d 'Only this action (e.g. mfa.reset, verify, signin) or its sub-actions' -r
complete -c mfactl -n "__fish_mfactl_using_subcommand audit" -l since -d 'Only entries this recent, e.g. 90m, 7d, 2w' -r
complete -c mfactl -n "__fish_mfactl_using_subcommand audit" -l limit -d 'At most this many entries' -r
complete -c mfactl -n "__fish_mfactl_using_subcommand audit" -l db -d 'The database file [default: the platform\'s data directory]' -r -F
complete -c mfactl -n "__fish_mfactl_using_subcommand audit" -l config -d 'The config file [default: the platform\'s config directory]' -r -F
complete -c mfactl -n "__fish_mfactl_using_subcommand audit" -l actor -d 'Who is acting, for the audit log [default: the environment\'s user]' -r
complete -c mfactl -n "__fish_mfactl_using_subcommand audit" -l json -d 'Print one JSON document on stdout instead of tables'
complete -c mfactl -n "__fish_mfactl_using_subcommand audit" -s y -l yes -d 'Confirm destructive commands without asking (needed without a terminal)'
complete -c mfactl -n "__fish_mfactl_using_subcommand audit" -s q -l quiet -d 'Print nothing but results and errors'
complete -c mfactl -n "__fish_mfactl_using_subcommand audit" -s v -l verbose -d 'Log what is done to stderr (-vv for more); never secrets'
complete -c mfactl -n "__fish_mfactl_using_subcommand audit" -s h -l help -d 'Print help'
complete -c mfactl -n "__fish_mfactl_using_subcommand audit" -s V -l version -d 'Print version'
complete -c mfactl -n "__fish_mfactl_using_subcommand key; and not __fish_seen_subcommand_from status rotate help" -l db -d 'The database file [default: the platform\'s data directory]' -r -F
complete -c mfactl -n "__fish_mfactl_using_subcommand key; and not __fish_seen_subcommand_from status rotate help" -l config -d 'The config file [default: the platform\'s config directory]' -r -F
complete -c mfactl -n "__fish_mfactl_using_subcommand key; and not __fish_seen_subcommand_from status rotate help" -l actor -d 'Who is acting, for the audit log [default: the environment\'s user]' -r
complete -c mfactl -n "__fish_mfactl_using_subcommand key; and not __fish_seen_subcommand_from status rotate help" -l json -d 'Print one JSON document on stdout instead of tables'
complete -c mfactl -n "__fish_mfactl_using_subcommand key; and not __fish_seen_subcommand_from status rotate help" -s y -l yes -d 'Confirm destructive commands without asking (needed without a terminal)'
complete -c mfactl -n "__fish_mfactl_using_subcommand key; and not __fish_seen_subcommand_from status rotate help" -s q -l quiet -d 'Print nothing but results and errors'
complete -c mfactl -n "__fish_mfactl_using_subcommand key; and not __fish_seen_subcommand_from status rotate help" -s v -l verbose -d 'Log what is done to stderr (-vv for more); never secrets'
complete -c mfactl -n "__fish_mfactl_using_subcommand key; and not __fish_seen_subcommand_from status rotate help" -s h -l help -d 'Print help'
complete -c mfactl -n "__fish_mfactl_using_subcommand key; and not __fish_seen_subcommand_from status rotate help" -s V -l version -d 'Print version'
complete -c mfactl -n "__fish_mfactl_using_subcommand key; and not __fish_seen_subcommand_from status rotate help" -f -a "status" -d 'Show which key the database expects and whether the key file matches'
complete -c mfactl -n "__fish_mfactl_using_subcommand key; and not __fish_seen_subcommand_from status rotate help" -f -a "rotate" -d 'Write a new key file and re-seal every secret under it'
complete -c mfactl -n "__fish_mfactl_using_subcommand key; and not __fish_seen_subcommand_from status rotate help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c mfactl -n "__fish_mfactl_using_subcommand key; and __fish_seen_subcommand_from status" -l db -d 'The database file [default: the platform\'s data directory]' -r -F
complete -c mfactl -n "__fish_mfactl_using_subcommand key; and __fish_seen_subcommand_from status" -l config -d 'The config file [default: the platform\'s config directory]' -r -F
complete -c mfactl -n "__fish_mfactl_using_subcommand key; and __fish_seen_subcommand_from status" -l actor -d 'Who is acting, for the audit log [default: the environment\'s user]' -r
complete -c mfactl -n "__fish_mfactl_using_subcommand key; and __fish_seen_subcommand_from status" -l json -d 'Print one JSON document on stdout instead of tables'
complete -c mfactl -n "__fish_mfactl_using_subcommand key; and __fish_seen_subcommand_from status" -s y -l yes -d 'Confirm destructive commands without asking (needed without a terminal)'
complete -c mfactl -n "__fish_mfactl_using_subcommand key; and __fish_seen_subcommand_from status" -s q -l quiet -d 'Print nothing but results and errors'
complete -c mfactl -n "__fish_mfactl_using_subcommand key; and __fish_seen_subcommand_from status" -s v -l verbose -d 'Log what is done to stderr (-vv for more); never secrets'
complete -c mfactl -n "__fish_mfactl_using_subcommand key; and __fish_seen_subcommand_from status" -s h -l help -d 'Print help'
complete -c mfactl -n "__fish_mfactl_using_subcommand key; and __fish_seen_subcommand_from status" -s V -l version -d 'Print version'
complete -c mfactl -n "__fish_mfactl_using_subcommand key; and __fish_seen_subcommand_from rotate" -l db -d 'The database file [default: the platform\'s data directory]' -r -F
complete -c mfactl -n "__fish_mfactl_using_subcommand key; and __fish_seen_subcommand_from rotate" -l config -d 'The config file [default: the platform\'s config directory]' -r -F
complete -c mfactl -n "__fish_mfactl_using_subcommand key; and __fish_seen_subcommand_from rotate" -l actor -d 'Who is acting, for the audit log [default: the environment\'s user]' -r
complete -c mfactl -n "__fish_mfactl_using_subcommand key; and __fish_seen_subcommand_from rotate" -l json -d 'Print one JSON document on stdout instead of tables'
complete -c mfactl -n "__fish_mfactl_using_subcommand key; and __fish_seen_subcommand_from rotate" -s y -l yes -d 'Confirm destructive commands without asking (needed without a terminal)'
complete -c mfactl -n "__fish_mfactl_using_subcommand key; and __fish_seen_subcommand_from rotate" -s q -l quiet -d 'Print nothing but results and errors'
complete -c mfactl -n "__fish_mfactl_using_subcommand key; and __fish_seen_subcommand_from rotate" -s v -l verbose -d 'Log what is done to stderr (-vv for more); never secrets'
complete -c mfactl -n "__fish_mfactl_using_subcommand key; and __fish_seen_subcommand_from rotate" -s h -l help -d 'Print help'
complete -c mfactl -n "__fish_mfactl_using_subcommand key; and __fish_seen_subcommand_from rotate" -s V -l version -d 'Print version'
complete -c mfactl -n "__fish_mfactl_using_subcommand key; and __fish_seen_subcommand_from help" -f -a "status" -d 'Show which key the database expects and whether the key file matches'
complete -c mfactl -n "__fish_mfactl_using_subcommand key; and __fish_seen_subcommand_from help" -f -a "rotate" -d 'Write a new key file and re-seal every secret under it'
complete -c mfactl -n "__fish_mfactl_using_subcommand key; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c mfactl -n "__fish_mfactl_using_subcommand completions" -l db -d 'The database file [default: the platform\'s data directory]' -r -F
complete -c mfactl -n "__fish_mfactl_using_subcommand completions" -l config -d 'The config file [default: the platform\'s config directory]' -r -F
complete -c mfactl -n "__fish_mfactl_using_subcommand completions" -l actor -d 'Who is acting, for the audit log [default: the environment\'s user]' -r
complete -c mfactl -n "__fish_mfactl_using_subcommand completions" -l json -d 'Print one JSON document on stdout instead of tables'
complete -c mfactl -n "__fish_mfactl_using_subcommand completions" -s y -l yes -d 'Confirm destructive commands without asking (needed without a terminal)'
complete -c mfactl -n "__fish_mfactl_using_subcommand completions" -s q -l quiet -d 'Print nothing but results and errors'
complete -c mfactl -n "__fish_mfactl_using_subcommand completions" -s v -l verbose -d 'Log what is done to stderr (-vv for more); never secrets'
complete -c mfactl -n "__fish_mfactl_using_subcommand completions" -s h -l help -d 'Print help'
complete -c mfactl -n "__fish_mfactl_using_subcommand completions" -s V -l version -d 'Print version'
complete -c mfactl -n "__fish_mfactl_using_subcommand help; and not __fish_seen_subcommand_from init policy user mfa emergency-code device subscriber signin verify doctor audit key completions help" -f -a "init" -d 'Create the database and its key file (safe to run again)'
complete -c mfactl -n "__fish_mfactl_using_subcommand help; and not __fish_seen_subcommand_from init policy user mfa emergency-code device subscriber signin verify doctor audit key completions help" -f -a "policy" -d 'Show or change the MFA policy'
complete -c mfactl -n "__fish_mfactl_using_subcommand help; and not __fish_seen_subcommand_from init policy user mfa emergency-code device subscriber signin verify doctor audit key completions help" -f -a "user" -d 'Add, import, list, change and remove users'
complete -c mfactl -n "__fish_mfactl_using_subcommand help; and not __fish_seen_subcommand_from init policy user mfa emergency-code device subscriber signin verify doctor audit key completions help" -f -a "mfa" -d 'Enrol authenticator apps, show MFA status, reset lost authenticators'
complete -c mfactl -n "__fish_mfactl_using_subcommand help; and not __fish_seen_subcommand_from init policy user mfa emergency-code device subscriber signin verify doctor audit key completions help" -f -a "emergency-code" -d 'Create a one-time emergency code for a user without their phone'
complete -c mfactl -n "__fish_mfactl_using_subcommand help; and not __fish_seen_subcommand_from init policy user mfa emergency-code device subscriber signin verify doctor audit key completions help" -f -a "device" -d 'List and revoke the devices users sign in from'
complete -c mfactl -n "__fish_mfactl_using_subcommand help; and not __fish_seen_subcommand_from init policy user mfa emergency-code device subscriber signin verify doctor audit key completions help" -f -a "subscriber" -d 'Manage web subscribers and their MFA bypass'
complete -c mfactl -n "__fish_mfactl_using_subcommand help; and not __fish_seen_subcommand_from init policy user mfa emergency-code device subscriber signin verify doctor audit key completions help" -f -a "signin" -d 'Walk a user\'s sign-in: interactively on a terminal, or one step per call'
complete -c mfactl -n "__fish_mfactl_using_subcommand help; and not __fish_seen_subcommand_from init policy user mfa emergency-code device subscriber signin verify doctor audit key completions help" -f -a "verify" -d 'Check a code for a user: exit 0 when accepted, 3 when rejected'
complete -c mfactl -n "__fish_mfactl_using_subcommand help; and not __fish_seen_subcommand_from init policy user mfa emergency-code device subscriber signin verify doctor audit key completions help" -f -a "doctor" -d 'Report configuration errors and risks (exit 1 when an error is found)'
complete -c mfactl -n "__fish_mfactl_using_subcommand help; and not __fish_seen_subcommand_from init policy user mfa emergency-code device subscriber signin verify doctor audit key completions help" -f -a "audit" -d 'Show the audit log, newest first'
complete -c mfactl -n "__fish_mfactl_using_subcommand help; and not __fish_seen_subcommand_from init policy user mfa emergency-code device subscriber signin verify doctor audit key completions help" -f -a "key" -d 'Show or rotate the key that seals secrets'
complete -c mfactl -n "__fish_mfactl_using_subcommand help; and not __fish_seen_subcommand_from init policy user mfa emergency-code device subscriber signin verify doctor audit key completions help" -f -a "completions" -d 'Print a shell completion script'
complete -c mfactl -n "__fish_mfactl_using_subcommand help; and not __fish_seen_subcommand_from init policy user mfa emergency-code device subscriber signin verify doctor audit key completions help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c mfactl -n "__fish_mfactl_using_subcommand help; and __fish_seen_subcommand_from policy" -f -a "show" -d 'Show the policy'
complete -c mfactl -n "__fish_mfactl_using_subcommand help; and __fish_seen_subcommand_from policy" -f -a "set" -d 'Change settings; out-of-range values are refused and change nothing'
complete -c mfactl -n "__fish_mfactl_using_subcommand help; and __fish_seen_subcommand_from policy" -f -a "exempt" -d 'Roles whose users never get an MFA prompt'
complete -c mfactl -n "__fish_mfactl_using_subcommand help; and __fish_seen_subcommand_from user" -f -a "add" -d 'Add a user'
complete -c mfactl -n "__fish_mfactl_using_subcommand help; and __fish_seen_subcommand_from user" -f -a "import" -d 'Import users from CSV (user_id,name,email,role[,password_hash]); all or none'
complete -c mfactl -n "__fish_mfactl_using_subcommand help; and __fish_seen_subcommand_from user" -f -a "list" -d 'List users'
complete -c mfactl -n "__fish_mfactl_using_subcommand help; and __fish_seen_subcommand_from user" -f -a "show" -d 'Show one user'
complete -c mfactl -n "__fish_mfactl_using_subcommand help; and __fish_seen_subcommand_from user" -f -a "set" -d 'Change a user\'s name, email, role or enabled flag'
complete -c mfactl -n "__fish_mfactl_using_subcommand help; and __fish_seen_subcommand_from user" -f -a "remove" -d 'Remove a user with their authenticator and devices'
complete -c mfactl -n "__fish_mfactl_using_subcommand help; and __fish_seen_subcommand_from user" -f -a "passwd" -d 'Set a user\'s password (ends remembered MFA on all their devices)'
complete -c mfactl -n "__fish_mfactl_using_subcommand help; and __fish_seen_subcommand_from user" -f -a "unlock" -d 'Lift a user\'s lock after too many failures'
complete -c mfactl -n "__fish_mfactl_using_subcommand help; and __fish_seen_subcommand_from mfa" -f -a "status" -d 'Show whether users have no, a pending or a confirmed authenticator'
complete -c mfactl -n "__fish_mfactl_using_subcommand help; and __fish_seen_subcommand_from mfa" -f -a "enroll" -d 'Start enrolment: print the QR code, the otpauth URI and the secret'
complete -c mfactl -n "__fish_mfactl_using_subcommand help; and __fish_seen_subcommand_from mfa" -f -a "reset" -d 'Remove authenticators and remembered devices (users enrol afresh)'
complete -c mfactl -n "__fish_mfactl_using_subcommand help; and __fish_seen_subcommand_from device" -f -a "list" -d 'List devices, of one user or all'
complete -c mfactl -n "__fish_mfactl_using_subcommand help; and __fish_seen_subcommand_from device" -f -a "revoke" -d 'Revoke devices: they must be authorised again'
complete -c mfactl -n "__fish_mfactl_using_subcommand help; and __fish_seen_subcommand_from subscriber" -f -a "list" -d 'List subscribers'
complete -c mfactl -n "__fish_mfactl_using_subcommand help; and __fish_seen_subcommand_from subscriber" -f -a "add" -d 'Add a subscriber'
complete -c mfactl -n "__fish_mfactl_using_subcommand help; and __fish_seen_subcommand_from subscriber" -f -a "remove" -d 'Remove a subscriber'
complete -c mfactl -n "__fish_mfactl_using_subcommand help; and __fish_seen_subcommand_from subscriber" -f -a "bypass" -d 'Turn MFA bypass on or off for a subscriber'
complete -c mfactl -n "__fish_mfactl_using_subcommand help; and __fish_seen_subcommand_from subscriber" -f -a "use" -d 'Make a subscriber the one the cloud application signs in through'
complete -c mfactl -n "__fish_mfactl_using_subcommand help; and __fish_seen_subcommand_from key" -f -a "status" -d 'Show which key the database expects and whether the key file matches'
complete -c mfactl -n "__fish_mfactl_using_subcommand help; and __fish_seen_subcommand_from key" -f -a "rotate" -d 'Write a new key file and re-seal every secret under it'
