-- What wixl cannot express in the .wxs, applied to the built MSI by build_msi.sh with msibuild.
-- One statement per line; lines starting with "--" are comments. Attributes 324 = 256 (64-bit)
-- + 64 (Transitive: conditions are evaluated again on reinstall) + 4 (registry key path).
UPDATE `Component` SET `Condition` = 'SERVER', `Attributes` = 324 WHERE `Component` = 'C.Server'
UPDATE `Component` SET `Condition` = 'DIAL_PREFIX', `Attributes` = 324 WHERE `Component` = 'C.DialPrefix'
UPDATE `Component` SET `Condition` = 'AGENT_ID', `Attributes` = 324 WHERE `Component` = 'C.AgentId'
UPDATE `Component` SET `Condition` = 'STARTATLOGIN = "1"', `Attributes` = 324 WHERE `Component` = 'C.StartAtLogin'
UPDATE `Component` SET `Condition` = 'PROTOCOLKEYS <> "0"', `Attributes` = 324 WHERE `Component` = 'C.ProtocolKeys'
UPDATE `Property` SET `Value` = 'WIX_DOWNGRADE_DETECTED;WIX_UPGRADE_DETECTED;SERVER;DIAL_PREFIX;AGENT_ID;STARTATLOGIN;PROTOCOLKEYS' WHERE `Property` = 'SecureCustomProperties'
-- wixl writes every shortcut as advertised (Target = the feature). A plain shortcut to the
-- executable does not make Windows Installer check the whole feature at every launch.
UPDATE `Shortcut` SET `Target` = '[#F.Gui]' WHERE `Shortcut` = 'S.StartMenu'
