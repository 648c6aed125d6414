// The StreamJSON module.
