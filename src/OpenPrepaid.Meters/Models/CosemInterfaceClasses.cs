using System.Collections.Frozen;

namespace OpenPrepaid.Meters.Models;

/// <summary>
/// The interface classes a prepaid meter model may use, with attribute and method names as the Blue Book
/// gives them. Association LN lists its version 2 attributes; versions 0 and 1 have the first 8 and 9.
/// </summary>
internal static class CosemInterfaceClasses
{
    private static readonly FrozenDictionary<ushort, CosemInterfaceClass> ById = new CosemInterfaceClass[]
    {
        new(1, "Data", 0, ["logical_name", "value"], []),
        new(3, "Register", 0, ["logical_name", "value", "scaler_unit"], ["reset"]),
        new(4, "Extended register", 0, ["logical_name", "value", "scaler_unit", "status", "capture_time"], ["reset"]),
        new(8, "Clock", 0,
            ["logical_name", "time", "time_zone", "status", "daylight_savings_begin", "daylight_savings_end",
             "daylight_savings_deviation", "daylight_savings_enabled", "clock_base"],
            ["adjust_to_quarter", "adjust_to_measuring_period", "adjust_to_minute", "adjust_to_preset_time",
             "preset_adjusting_time", "shift_time"]),
        new(15, "Association LN", 2,
            ["logical_name", "object_list", "associated_partners_id", "application_context_name",
             "xDLMS_context_info", "authentication_mechanism_name", "secret", "association_status",
             "security_setup_reference", "user_list", "current_user"],
            ["reply_to_HLS_authentication", "change_HLS_secret", "add_object", "remove_object", "add_user",
             "remove_user"]),
        new(70, "Disconnect control", 0,
            ["logical_name", "output_state", "control_state", "control_mode"],
            ["remote_disconnect", "remote_reconnect"]),
        new(71, "Limiter", 0,
            ["logical_name", "monitored_value", "threshold_active", "threshold_normal", "threshold_emergency",
             "min_over_threshold_duration", "min_under_threshold_duration", "emergency_profile",
             "emergency_profile_group_id_list", "emergency_profile_active", "actions"],
            []),
        new(111, "Account", 0,
            ["logical_name", "account_mode_and_status", "current_credit_in_use", "current_credit_status",
             "available_credit", "amount_to_clear", "clearance_threshold", "aggregated_debt",
             "credit_reference_list", "charge_reference_list", "credit_charge_configuration",
             "token_gateway_configuration", "account_activation_time", "account_closure_time", "currency",
             "low_credit_threshold", "next_credit_available_threshold", "max_provision", "max_provision_period"],
            ["activate_account", "close_account", "reset_account"]),
        new(112, "Credit", 0,
            ["logical_name", "current_credit_amount", "credit_type", "priority", "warning_threshold", "limit",
             "credit_configuration", "credit_status", "preset_credit_amount", "credit_available_threshold",
             "period"],
            ["update_amount", "set_amount_to_value", "invoke_credit"]),
        new(113, "Charge", 0,
            ["logical_name", "total_amount_paid", "charge_type", "priority", "unit_charge_active",
             "unit_charge_passive", "unit_charge_activation_time", "period", "charge_configuration",
             "last_collection_time", "last_collection_amount", "total_amount_remaining", "proportion"],
            ["update_unit_charge", "activate_passive_unit_charge", "collect", "update_total_amount_remaining",
             "set_total_amount_remaining"]),
        new(115, "Token gateway", 0,
            ["logical_name", "token", "token_time", "token_description", "token_delivery_method", "token_status"],
            ["enter"]),
    }.ToFrozenDictionary(definition => definition.ClassId);

    public static IEnumerable<ushort> KnownClassIds => ById.Keys.Order();

    public static CosemInterfaceClass? Find(ushort classId) => ById.GetValueOrDefault(classId);
}
